/** Assertions shared by the function tests: Excel errors with code and message, numbers to 1e-9. */
import { ErrorDouble } from "./customFunctionsDouble";

/** Relative 1e-9 (absolute 1e-9 near zero), as the spec compares numbers. */
export function expectClose(actual: unknown, expected: number): void {
  expect(typeof actual).toBe("number");
  const tolerance = Math.max(1e-9, Math.abs(expected) * 1e-9);
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
}

/** Every cell of a spill close to the expected table; text cells equal. */
export function expectTable(actual: unknown[][], expected: (number | string)[][]): void {
  expect(actual.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  expected.forEach((row, i) =>
    row.forEach((cell, j) =>
      typeof cell === "number" ? expectClose(actual[i][j], cell) : expect(actual[i][j]).toBe(cell)
    )
  );
}

/**
 * The Excel error thrown by `call`: exact code and message. Only #VALUE! and #N/A show a message
 * in Excel, so for #NUM!, #DIV/0!… the message is `undefined` (the test double drops it as Excel).
 */
export function expectExcelError(
  call: () => unknown,
  code: string,
  message: string | undefined
): void {
  let thrown: unknown = null;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ErrorDouble);
  const { code: thrownCode, message: thrownMessage } = thrown as ErrorDouble;
  expect({ code: thrownCode, message: thrownMessage }).toEqual({ code, message });
}

type AnyFunction = (...args: never[]) => unknown;

/** Call a custom function the way Excel does: with whatever values the cells hold. */
export function excelCall(fn: AnyFunction, ...args: unknown[]): unknown {
  return (fn as unknown as (...values: unknown[]) => unknown)(...args);
}
