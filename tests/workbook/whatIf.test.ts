/** The pure parts of the what-if runner: §7's bracketing rule, address and value checks, the points listed. */
import {
  firstBracket,
  labelFrom,
  normaliseCell,
  normaliseRequest,
  pointCount,
  WhatIfRefusal,
} from "../../src/workbook/whatIf";
import { message } from "../../src/workbook/messages";

describe("the bracketing rule of gtm-model.md §7", () => {
  const vs = [0, 1, 2, 3, 4];
  test("the first step whose two values are numbers with f(v_i)·f(v_i+1) ≤ 0", () => {
    expect(firstBracket(vs, [3, 2, 1, -1, -2])).toEqual({ a: 2, b: 3, fa: 1, fb: -1, index: 2 });
    expect(firstBracket(vs, [3, -1, 1, -1, -2])).toMatchObject({ a: 0, b: 1, index: 0 });
  });
  test("v_i itself when f(v_i) = 0; a step with a missing value never brackets", () => {
    expect(firstBracket(vs, [2, 0, -1, -2, -3])).toEqual({ exact: 1, index: 0 });
    expect(firstBracket(vs, [1, 0, 0, 0, 0])).toEqual({ exact: 1, index: 0 });
    expect(firstBracket(vs, [1, null, -1, -2, -3])).toBeNull();
    expect(firstBracket(vs, [1, 2, 3, 4, 5])).toBeNull();
  });
});

describe("requests", () => {
  test("addresses are one cell with its sheet, written as Excel writes them", () => {
    const output = message("role.output");
    expect(normaliseCell("inputs!b2", output)).toBe("inputs!B2");
    expect(normaliseCell("'My sheet'!$C$3", output)).toBe("'My sheet'!C3");
    expect(() => normaliseCell("B2", output)).toThrow(
      'The output must be one cell with its sheet, like Inputs!B2 (got "B2").'
    );
    expect(() => normaliseCell("Inputs!B2:B3", message("role.inputX"))).toThrow(WhatIfRefusal);
  });

  test("values must be finite numbers; a goal seek's interval must have low < high", () => {
    expect(() =>
      normaliseRequest({ kind: "table", output: "M!A1", x: { cell: "I!A1", values: [] } })
    ).toThrow("The values of I!A1 are empty: give at least one number.");
    expect(() =>
      normaliseRequest({ kind: "table", output: "M!A1", x: { cell: "I!A1", values: [1, NaN] } })
    ).toThrow("The values of I!A1 must be numbers (got NaN).");
    expect(() =>
      normaliseRequest({
        kind: "goalSeek",
        output: "M!A1",
        input: "I!A1",
        target: 1,
        low: 2,
        high: 1,
      })
    ).toThrow("The search interval of I!A1 must have low < high (got 2 and 1).");
  });

  test("points: x × y for a table, two per tornado input, 101 for a goal seek's scan", () => {
    const x = { cell: "I!A1", values: [1, 2, 3] };
    expect(pointCount({ kind: "table", output: "M!A1", x })).toBe(3);
    expect(
      pointCount({ kind: "table", output: "M!A1", x, y: { cell: "I!A2", values: [1, 2] } })
    ).toBe(6);
    expect(
      pointCount({ kind: "tornado", output: "M!A1", inputs: [{ cell: "I!A1", low: 1, high: 2 }] })
    ).toBe(2);
    expect(
      pointCount({ kind: "goalSeek", output: "M!A1", input: "I!A1", target: 0, low: 0, high: 1 })
    ).toBe(101);
  });
});

test("a cell's words: the text beside it, else its column header and row label", () => {
  expect(labelFrom(["Price", 120], ["Price"])).toBe("Price");
  expect(labelFrom(["Churn", "", "", 0.02], [null, "", 0.02])).toBe("Churn");
  expect(labelFrom(["Total", 1, 2, 3, 4, 5], ["NPV", 10, 20, 5])).toBe("NPV (Total)");
  expect(labelFrom([1, 2, 3, 4, 5], ["NPV", 5])).toBe("NPV");
  expect(labelFrom([7], [7])).toBeNull();
});
