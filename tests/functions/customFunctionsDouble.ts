/**
 * A tiny test double of Excel's `CustomFunctions` global: the Error class (code + message) and the
 * ErrorCode enum values, as the runtime provides them. Importing this module installs it once.
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

/**
 * As Excel: only #VALUE! and #N/A carry a message; any other error shows bare, its message lost.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
 */
class ErrorDouble {
  readonly message?: string;
  constructor(
    readonly code: ErrorCode,
    message?: string
  ) {
    if (code === ErrorCode.invalidValue || code === ErrorCode.notAvailable) this.message = message;
  }
}

/** The Error class and ErrorCode enum, also handed to the bundle's bare context in the contract test. */
export const customFunctionsDouble = { Error: ErrorDouble, ErrorCode };

Object.assign(globalThis, { CustomFunctions: customFunctionsDouble });

export { ErrorDouble };
