import { tornado } from "../../src/model";
import { tornadoHeaders, writeTornado } from "../../src/workbook";
import { expectCleanWorkbook, expected, expectNear, NOW, sampleFixture, VERSION } from "./helpers";

const MONEY0 = "[$$-409]#,##0_);[Red]([$$-409]#,##0)";
const SHEET = "Tornado NPV";
const HEADER = 16;
/** The plain words of the default tornado drivers (the order comes from the example). */
const DEFAULT_DRIVER_WORDS: Record<string, string> = {
  "channel[*].spend": "Spend (all channels)",
  "channel[*].costPerLead": "Cost per lead (all channels)",
  "channel[*].conversion": "Conversion (all channels)",
  "channel[*].capacity": "Capacity (all channels)",
  "channel[*].partnerMargin": "Partner margin (all channels)",
  "channel[*].fixedCost": "Fixed cost (all channels)",
  "segment[*].accounts": "Accounts (all segments)",
  "segment[*].adoption": "Adoption (all segments)",
  "segment[*].price": "Price (all segments)",
  "segment[*].grossMargin": "Gross margin (all segments)",
  "segment[*].churn": "Churn (all segments)",
};

describe("writeTornado", () => {
  it("writes the example tornado in order, drivers in plain words, exact figures", async () => {
    const f = await sampleFixture();
    const result = tornado(f.model, { metric: "npv" });
    const sheet = await writeTornado(f.wb, {
      model: f.model,
      tornado: result,
      inputs: f.inputs,
      now: NOW,
      version: VERSION,
    });
    const ex = expected().tornado;
    expect(sheet.name).toBe(SHEET);
    expect(f.wb.values(SHEET, { row: HEADER, column: 0, rows: 1, columns: 6 })[0]).toEqual([
      "Driver",
      "Low (−20%)",
      "Base",
      "High (+20%)",
      "Swing",
      "Driver in formulas",
    ]);
    expect(
      f.wb
        .values(SHEET, { row: HEADER + 1, column: 5, rows: ex.rows.length, columns: 1 })
        .map((r) => r[0])
    ).toEqual(ex.rows.map((r) => r.driver));
    expect(
      f.wb.values(SHEET, { row: HEADER + 1, column: 0, rows: 4, columns: 1 }).map((r) => r[0])
    ).toEqual(ex.rows.slice(0, 4).map((r) => DEFAULT_DRIVER_WORDS[r.driver]));
    ex.rows.forEach((row, i) => {
      (["low", "base", "high", "swing"] as const).forEach((key, j) =>
        expectNear(f.wb.cell(SHEET, HEADER + 1 + i, j + 1)?.value, row[key], `${row.driver}.${key}`)
      );
      expect(f.wb.cell(SHEET, HEADER + 1 + i, 1)?.format).toBe(MONEY0);
    });
    expect(f.wb.values(SHEET, { row: 12, column: 0, rows: 2, columns: 3 })).toEqual([
      ["Metric", "NPV", null],
      [
        "Swing",
        0.2,
        "each driver moved down and up by this share of its current value, one at a time",
      ],
    ]);
    // The model's names are in the audit's Question row only.
    expect(f.wb.cell(SHEET, 4, 0)?.value).toBe("Question");
    expect(f.wb.cell(SHEET, 4, 1)?.value).toBe(
      `GTM.TORNADO metric npv; swing 0.2; drivers ${expected()
        .tornado.rows.map((row) => row.driver)
        .join("; ")}`
    );
    expect(f.wb.cell(SHEET, 13, 1)?.format).toBe("0%");
    expectCleanWorkbook(f.wb);
  });

  it("draws a bar chart of Low and High crossing at the base, largest swing on top", async () => {
    const f = await sampleFixture();
    const result = tornado(f.model, { metric: "npv" });
    await writeTornado(f.wb, {
      model: f.model,
      tornado: result,
      inputs: f.inputs,
      now: NOW,
      version: VERSION,
    });
    const n = result.rows.length;
    const chart = f.wb.sheet(SHEET)?.charts[0];
    expect(chart).toEqual({
      type: "barClustered",
      title: "Tornado: NPV (±20%)",
      categories: { row: HEADER + 1, column: 0, rows: n, columns: 1 },
      series: [
        { name: "Low (−20%)", values: { row: HEADER + 1, column: 1, rows: n, columns: 1 } },
        { name: "High (+20%)", values: { row: HEADER + 1, column: 3, rows: n, columns: 1 } },
      ],
      yAxisTitle: "NPV",
      valueFormat: MONEY0,
      anchor: { row: 11, column: 7, rows: 17, columns: 9 },
      crossesAt: result.rows[0].base,
      reverseCategories: true,
      overlap: 100,
      gapWidth: 40,
    });
    expectNear(chart?.crossesAt, expected().tornado.rows[0].base, "crossesAt");
  });

  it("writes a null figure as an empty cell and leaves out the chart's crossing when the base is null", async () => {
    const f = await sampleFixture();
    const rows = [
      { driver: "channel[partners].spend", low: null, base: null, high: 2.5, swing: null },
    ];
    const { name } = await writeTornado(f.wb, {
      model: f.model,
      tornado: { metric: "payback", swing: 0.125, rows },
      inputs: f.inputs,
      now: NOW,
      version: VERSION,
    });
    expect(name).toBe("Tornado Payback");
    expect(f.wb.values(name, { row: HEADER, column: 0, rows: 2, columns: 6 })).toEqual([
      tornadoHeaders(0.125),
      ["Spend (Partners)", null, null, 2.5, null, "channel[partners].spend"],
    ]);
    expect(tornadoHeaders(0.125)[1]).toBe("Low (−12.5%)");
    expect(f.wb.cell(name, HEADER + 1, 3)?.format).toBe('0.0" months"');
    expect(f.wb.cell(name, 13, 1)?.format).toBe("0.0%");
    expect(f.wb.sheet(name)?.charts[0].crossesAt).toBeUndefined();
    expectCleanWorkbook(f.wb);
  });
});
