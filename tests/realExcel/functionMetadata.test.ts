/**
 * Issue 9, defects 2–4: functions.json as the build makes it follows Excel's metadata rules
 * (addresses imply a matrix result; error inputs reach functions that handle them), the argument
 * layer accepts the documented error shapes, and the stand-in calls a function with an error input
 * only when its metadata allows it.
 */
import "../functions/customFunctionsDouble";
import { metadataViolations, postProcessMetadata } from "../../scripts/functions-metadata";
import type { FunctionsMetadata } from "../../scripts/functions-metadata";
import { conversion } from "../../src/functions/functions";
import { createGtmEvaluator } from "../../src/testing/office/evaluateGtm";
import type { CustomFunction } from "../../src/testing/office/evaluateGtm";
import { MemoryWorkbook } from "../../src/testing/office/workbook";
import { expectExcelError } from "../functions/expectExcel";
import { builtMetadata } from "../support/functionsMetadata";

const NA_MESSAGE = "rates: the cell holds the error #N/A — fix it or clear the cell";

describe("functions.json as built", () => {
  it("breaks none of Excel's metadata rules (requiresParameterAddresses ⇒ matrix result)", async () => {
    const metadata = await builtMetadata();
    expect(metadataViolations(metadata)).toEqual([]);
    const metric = metadata.functions.find((f) => f.id === "METRIC");
    expect(metric?.options?.requiresParameterAddresses).toBe(true);
    expect(metric?.result.dimensionality).toBe("matrix");
  });

  it("sets allowErrorForDataTypeAny, so cell errors reach the functions that name them", async () => {
    expect((await builtMetadata()).allowErrorForDataTypeAny).toBe(true);
  });

  it("post-processing is generic: any function taking an `any` parameter turns the flag on", () => {
    const fn = (type: string): FunctionsMetadata => ({
      functions: [{ id: "F", name: "F", result: {}, parameters: [{ name: "x", type }] }],
    });
    expect(postProcessMetadata(fn("any")).allowErrorForDataTypeAny).toBe(true);
    expect(postProcessMetadata(fn("number")).allowErrorForDataTypeAny).toBeUndefined();
    expect(
      metadataViolations({
        functions: [
          {
            id: "BAD-ID",
            name: "2X",
            options: { requiresParameterAddresses: true },
            result: { dimensionality: "scalar" },
            parameters: [],
          },
        ],
      })
    ).toEqual([
      "function BAD-ID: id must be letters, digits and periods",
      'function BAD-ID: invalid name "2X"',
      'function BAD-ID: requiresParameterAddresses needs a result of dimensionality "matrix"',
    ]);
  });
});

describe("error values as inputs", () => {
  it("the argument layer reads both documented shapes: CustomFunctions.Error and an error cell value", () => {
    expectExcelError(() => conversion([[0.5], [{ code: "#N/A" }]]), "#VALUE!", NA_MESSAGE);
    expectExcelError(
      () => conversion([[0.5], [{ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }]]),
      "#VALUE!",
      NA_MESSAGE
    );
  });

  it("the stand-in calls a function with an error input only when its metadata allows it", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Sheet1");
    sheet.ensure(0, 0).value = 0.5;
    sheet.ensure(1, 0).value = { error: "#N/A" };
    const calls: unknown[][] = [];
    const spy: CustomFunction = (...args) => {
      calls.push(args);
      return conversion(args[0] as unknown[][]);
    };
    const built = await builtMetadata();
    const withoutFlag = { ...built, allowErrorForDataTypeAny: undefined };
    expect(
      createGtmEvaluator({ CONVERSION: spy }, withoutFlag)("=GTM.CONVERSION(A1:A2)", sheet, book)
    ).toEqual({
      error: "#N/A",
    });
    expect(calls).toEqual([]);
    expect(
      createGtmEvaluator({ CONVERSION: spy }, built)("=GTM.CONVERSION(A1:A2)", sheet, book)
    ).toEqual({
      error: "#VALUE!",
    });
    expect(calls).toEqual([[[[0.5], [{ code: "#N/A" }]]]]);
  });
});
