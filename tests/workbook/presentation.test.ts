/**
 * Issue 15 and issue 11 point 6 on written sheets: every money cell in the model's currency with
 * accounting negatives, the discount rate labelled per period, and one periods style, from the one
 * presentation table.
 */
import { parseDriver, runModel } from "../../src/model";
import type { ModelInput } from "../../src/model";
import { CHANNEL_COLUMNS, writeResults, writeSensitivity } from "../../src/workbook";
import { MemoryWorkbook } from "../../src/testing/memoryWorkbook";
import { driverWords } from "../../src/workbook/services/labels";
import { renderNumber } from "../../src/workbook/render";
import { sensitivityGrid } from "../../src/model";
import { NOW, sampleFixture, VERSION } from "./helpers";

const EUR0 = "[$€-x-euro2] #,##0_);[Red]([$€-x-euro2] #,##0)";
const EUR2 = "[$€-x-euro2] #,##0.00_);[Red]([$€-x-euro2] #,##0.00)";
const SHEET = "Results";
const HEADER = 11;
const TOTAL = 14;

function withCurrency(model: ModelInput, currency: string | null): ModelInput {
  return { ...model, assumptions: { ...model.assumptions, currency } };
}

describe("the results sheet in the model's currency", () => {
  it("EUR: every money column of the channel summary, the total row included", async () => {
    const fixture = await sampleFixture();
    const model = withCurrency(fixture.model, "EUR");
    const result = runModel(model);
    await writeResults(fixture.wb, {
      model,
      result,
      inputs: fixture.inputs,
      mode: "values",
      now: NOW,
      version: VERSION,
    });
    const wb = fixture.wb;
    const header = CHANNEL_COLUMNS.map((c) => c.label);
    const format = (label: string): string | undefined =>
      wb.cell(SHEET, TOTAL, header.indexOf(label))?.format;
    expect(wb.cell(SHEET, HEADER, header.indexOf("NPV"))?.value).toBe("NPV");
    for (const label of ["Spend", "Fixed cost", "Revenue", "Gross profit", "Contribution", "NPV"])
      expect(format(label)).toBe(EUR0);
    expect(format("CAC")).toBe(EUR2);
    expect(format("LTV")).toBe(EUR2);
    expect(format("Payback")).toBe('0.0" months"');
    expect(format("Conversion")).toBe("0.0%");
    const npv = wb.cell(SHEET, TOTAL, header.indexOf("NPV"))?.value as number;
    expect(npv).toBeCloseTo(result.total.npv, 6);
    expect(renderNumber(EUR0, -55000)).toBe("(€ 55,000)");
  });

  it("CNY and a blank currency (USD) on the segment summary's money", async () => {
    for (const [currency, code] of [
      ["CNY", "[$¥-804]#,##0_);[Red]([$¥-804]#,##0)"],
      [null, "[$$-409]#,##0_);[Red]([$$-409]#,##0)"],
    ] as const) {
      const fixture = await sampleFixture();
      const model = withCurrency(fixture.model, currency);
      await writeResults(fixture.wb, {
        model,
        result: runModel(model),
        inputs: fixture.inputs,
        mode: "values",
        now: NOW,
        version: VERSION,
      });
      // Segment summary: Segment, Customers won, Active customers at end, Revenue, …
      expect(fixture.wb.cell(SHEET, 18, 3)?.format).toBe(code);
      expect(fixture.wb.cell(SHEET, 17, 2)?.value).toBe("Active customers at end");
    }
  });
});

describe("the discount rate says its period", () => {
  it("in a driver's words, per the model's period unit", async () => {
    const { model } = await sampleFixture();
    expect(driverWords(parseDriver("discountRate", model), model)).toBe("Discount rate per month");
    const quarterly = {
      ...model,
      assumptions: { ...model.assumptions, periodUnit: "quarter" as const },
    };
    expect(driverWords(parseDriver("discountRate", quarterly), quarterly)).toBe(
      "Discount rate per quarter"
    );
  });

  it("on a sensitivity sheet's axis, formatted 0.00%", async () => {
    const { model, inputs } = await sampleFixture();
    const wb = new MemoryWorkbook();
    const request = {
      metric: "npv",
      x: { driver: "discountRate", values: [0.005, 0.01, 0.015] },
      y: null,
      mode: "value" as const,
    };
    const grid = sensitivityGrid(model, request);
    await writeSensitivity(wb, { model, grid, inputs, mode: "values", now: NOW, version: VERSION });
    const sheet = wb.sheet("Sens NPV Disc rate");
    const cells = [...(sheet?.cells.values() ?? [])];
    expect(cells.some((c) => c.value === "Discount rate per month")).toBe(true);
    expect(cells.filter((c) => c.value === 0.005).map((c) => c.format)).toContain("0.00%");
  });
});
