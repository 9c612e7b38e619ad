import { sensitivityGrid } from "../../src/model";
import type { GridResult } from "../../src/model";
import {
  buildSensitivityPlan,
  checkPlan,
  formatAt,
  sensitivityLayout,
  splitPlanBlocks,
  writeSensitivity,
} from "../../src/workbook";
import type { WriteSensitivityOptions } from "../../src/workbook";
import { expectCleanWorkbook, expected, expectNear, NOW, sampleFixture, VERSION } from "./helpers";

const MONEY0 = "[$$-409]#,##0_);[Red]([$$-409]#,##0)";
const MONEY2 = "[$$-409]#,##0.00_);[Red]([$$-409]#,##0.00)";
const SHEET = "Sens NPV Price×Conv";
const CHANGE = "+0%;-0%;0%";

async function fixture(
  spec: Parameters<typeof sensitivityGrid>[1],
  mode: WriteSensitivityOptions["mode"] = "values"
) {
  const f = await sampleFixture();
  const grid = sensitivityGrid(f.model, spec);
  const options: WriteSensitivityOptions = {
    model: f.model,
    grid,
    inputs: f.inputs,
    mode,
    now: NOW,
    version: VERSION,
  };
  const sheet = await writeSensitivity(f.wb, options);
  return { ...f, grid, options, sheet };
}

const EXAMPLE_SPEC = (): Parameters<typeof sensitivityGrid>[1] => {
  const g = expected().grid;
  return { metric: g.metric, x: g.x, y: g.y, mode: g.mode };
};

describe("writeSensitivity, two-way", () => {
  it("writes the example grid in Excel's data-table layout with the example's values", async () => {
    const { wb, grid, sheet } = await fixture(EXAMPLE_SPEC());
    const ex = expected().grid;
    const layout = sensitivityLayout(grid);
    expect(layout.table).toEqual({ row: 20, column: 1, rows: 4, columns: 6 });
    expect(sheet).toEqual({ name: SHEET, address: "'Sens NPV Price×Conv'!A1:G29" });
    // Both drivers cover several rows: the axes show the signed change from each row's value.
    expect(wb.values(SHEET, { row: 20, column: 1, rows: 1, columns: 6 })[0]).toEqual([
      "NPV",
      ...ex.x.values.map((m) => Number((m - 1).toPrecision(12))),
    ]);
    expect(wb.values(SHEET, { row: 21, column: 1, rows: 3, columns: 1 }).map((r) => r[0])).toEqual(
      ex.y!.values.map((m) => Number((m - 1).toPrecision(12)))
    );
    ex.values.forEach((row, i) =>
      row.forEach((v, j) => expectNear(wb.cell(SHEET, 21 + i, 2 + j)?.value, v, `grid[${i}][${j}]`))
    );
    grid.values.forEach((row, i) =>
      row.forEach((v, j) => expect(wb.cell(SHEET, 21 + i, 2 + j)?.value).toBe(v))
    );
    expect(wb.cell(SHEET, 20, 2)?.format).toBe(CHANGE);
    expect(wb.cell(SHEET, 22, 1)?.format).toBe(CHANGE);
    expect(wb.cell(SHEET, 22, 3)?.format).toBe(MONEY0);
    expect(wb.cell(SHEET, 20, 1)?.format).toBeUndefined();
    expectCleanWorkbook(wb);
  });

  it("titles the axes in plain words, records the set-up, marks the baseline and colours the body", async () => {
    const { wb } = await fixture(EXAMPLE_SPEC());
    expect(wb.values(SHEET, { row: 12, column: 0, rows: 6, columns: 3 })).toEqual([
      ["Metric", "NPV", null],
      ["Across (X)", "Price (all segments), change from each row's value", null],
      ["X values", -0.2, -0.1],
      ["Down (Y)", "Conversion (all channels), change from each row's value", null],
      ["Y values", -0.2, 0],
      ["Mode", "each step moves the input by a percentage of its current value", null],
    ]);
    expect(wb.cell(SHEET, 14, 1)?.format).toBe(CHANGE);
    expect(wb.cell(SHEET, 19, 2)?.value).toBe(
      "Across: Price (all segments), change from each row's value"
    );
    expect(wb.cell(SHEET, 21, 0)?.value).toBe(
      "Down: Conversion (all channels), change from each row's value"
    );
    // The model's own names are in the audit's Question row only.
    expect(wb.values(SHEET, { row: 4, column: 0, rows: 1, columns: 2 })[0]).toEqual([
      "Question",
      "GTM.SENSITIVITY metric npv; X: segment[*].price = 0.8; 0.9; 1; 1.1; 1.2; Y: channel[*].conversion = 0.8; 1; 1.2; mode scale",
    ]);
    const sheet = wb.sheet(SHEET);
    expect(sheet?.highlights).toEqual([{ row: 22, column: 4, fill: "#FFE699" }]);
    expect(sheet?.colorScales).toEqual([
      { row: 21, column: 2, rows: 3, columns: 5, low: "#F8696B", mid: "#FFEB84", high: "#63BE7B" },
    ]);
    expect(wb.cell(SHEET, 25, 1)?.value).toBe(
      "Outlined: the baseline (current inputs). Empty cell: the metric does not exist there."
    );
    expect(wb.values(SHEET, { row: 0, column: 0, rows: 2, columns: 2 })).toEqual([
      ["GTM Modeler · Sensitivity of NPV", null],
      [
        "Run",
        "Sensitivity of NPV to Price (all segments), change from each row's value (5 values) and Conversion (all channels), change from each row's value (3 values), values snapshot",
      ],
    ]);
    expect(wb.values(SHEET, { row: 27, column: 0, rows: 2, columns: 2 })).toEqual([
      ["Definitions", null],
      ["NPV", "Contribution discounted at the discount rate per month (end of each month)"],
    ]);
  });

  it("live mode writes one GTM.SENSITIVITY formula with the question as literals, formats and heat map ahead of the spill", async () => {
    const { wb } = await fixture(EXAMPLE_SPEC(), "formulas");
    expect(wb.cell(SHEET, 20, 1)?.formula).toBe(
      '=GTM.SENSITIVITY(Channels[#All],Segments[#All],"npv","segment[*].price",{0.8,0.9,1,1.1,1.2},"channel[*].conversion",{0.8,1,1.2},"scale",Mix[#All],Assumptions[#Data])'
    );
    expect(wb.entries(SHEET).filter((e) => e.cell.formula !== undefined)).toHaveLength(1);
    expect(wb.values(SHEET, { row: 14, column: 1, rows: 1, columns: 5 })[0]).toEqual([
      -0.2, -0.1, 0, 0.1, 0.2,
    ]);
    expect(wb.cell(SHEET, 23, 6)).toEqual({ value: null, format: MONEY0 });
    // The function echoes the multipliers on its axes: they read "120% of current".
    expect(wb.cell(SHEET, 20, 6)?.format).toBe('0%" of current"');
    expect(wb.sheet(SHEET)?.colorScales[0]).toMatchObject({
      row: 21,
      column: 2,
      rows: 3,
      columns: 5,
    });
    expect(wb.cell(SHEET, 1, 1)?.value).toContain("live formula (GTM.SENSITIVITY)");
    expectCleanWorkbook(wb);
  });
});

describe("writeSensitivity, a driver over one row in scale mode", () => {
  it("shows the field's actual values in its own format on both axes and in the set-up", async () => {
    const { wb, model, grid, sheet } = await fixture({
      metric: "npv",
      mode: "scale",
      x: { driver: "segment[Enterprise].price", values: [0.8, 0.9, 1, 1.1, 1.2] },
      y: { driver: "channel[Partners].conversion", values: [0.8, 0.9, 1, 1.1, 1.2] },
    });
    // The name is cut to Excel's 31 characters (without a trailing space).
    const ONE_ROW = "Sens NPV Price Enterprise×Conv";
    expect(sheet.name).toBe(ONE_ROW);
    const price = model.segments.find((s) => s.name === "Enterprise")!.price;
    const conversion = model.channels.find((c) => c.name === "Partners")!.conversion;
    const prices = [0.8, 0.9, 1, 1.1, 1.2].map((m) => m * price);
    const conversions = [0.8, 0.9, 1, 1.1, 1.2].map((m) => m * conversion);
    const header = wb.values(ONE_ROW, { row: 20, column: 1, rows: 1, columns: 6 })[0];
    expect(header[0]).toBe("NPV");
    header.slice(1).forEach((v, j) => expectNear(v, prices[j], `x ${j}`));
    expect(wb.cell(ONE_ROW, 20, 2)?.format).toBe(MONEY2);
    wb.values(ONE_ROW, { row: 21, column: 1, rows: 5, columns: 1 }).forEach((r, i) =>
      expectNear(r[0], conversions[i], `y ${i}`)
    );
    expect(wb.cell(ONE_ROW, 21, 1)?.format).toBe("0.0%");
    expect(wb.values(ONE_ROW, { row: 13, column: 0, rows: 1, columns: 2 })[0]).toEqual([
      "Across (X)",
      "Price (Enterprise)",
    ]);
    expect(wb.values(ONE_ROW, { row: 15, column: 0, rows: 1, columns: 2 })[0]).toEqual([
      "Down (Y)",
      "Conversion (Partners)",
    ]);
    expect(wb.cell(ONE_ROW, 14, 1)?.format).toBe(MONEY2);
    expect(wb.cell(ONE_ROW, 16, 1)?.format).toBe("0.0%");
    expect(wb.cell(ONE_ROW, 19, 2)?.value).toBe("Across: Price (Enterprise)");
    // No set-up cell holds a model name; the baseline (× 1) is outlined.
    const setup = wb.values(ONE_ROW, { row: 11, column: 0, rows: 7, columns: 7 }).flat();
    expect(setup.filter((v) => typeof v === "string" && /\[|npv/.test(v))).toEqual([]);
    expect(wb.sheet(ONE_ROW)?.highlights).toEqual([{ row: 23, column: 4, fill: "#FFE699" }]);
    expect(grid.values[2][2]).toBe(wb.cell(ONE_ROW, 23, 4)?.value);
    expectCleanWorkbook(wb);
  });
});

describe("writeSensitivity, one-way", () => {
  it("writes two columns, field formats in value mode, and marks the current input", async () => {
    const { wb, grid } = await fixture({
      metric: "cac",
      x: { driver: "channel[partners].conversion", values: [0, 0.05, 0.1, 0.15] },
      mode: "value",
    });
    expect(sensitivityLayout(grid).table).toEqual({ row: 18, column: 1, rows: 5, columns: 2 });
    expect(
      wb
        .values("Sens CAC Conv Partners", { row: 18, column: 1, rows: 5, columns: 1 })
        .map((r) => r[0])
    ).toEqual(["Conversion (Partners)", 0, 0.05, 0.1, 0.15]);
    expect(wb.cell("Sens CAC Conv Partners", 18, 2)?.value).toBe("CAC");
    grid.values[0].forEach((v, j) =>
      expect(wb.cell("Sens CAC Conv Partners", 19 + j, 2)?.value ?? null).toBe(v)
    );
    expect(wb.cell("Sens CAC Conv Partners", 19, 1)?.format).toBe("0.0%");
    expect(wb.cell("Sens CAC Conv Partners", 20, 2)?.format).toBe(MONEY2);
    expect(wb.sheet("Sens CAC Conv Partners")?.highlights).toEqual([
      { row: 21, column: 2, fill: "#FFE699" },
    ]);
    expect(wb.sheet("Sens CAC Conv Partners")?.colorScales).toEqual([
      { row: 19, column: 2, rows: 4, columns: 1, low: "#63BE7B", mid: "#FFEB84", high: "#F8696B" },
    ]);
    expect(
      wb.values("Sens CAC Conv Partners", { row: 13, column: 0, rows: 1, columns: 3 })[0]
    ).toEqual(["Across (X)", "Conversion (Partners)", null]);
    expectCleanWorkbook(wb);
  });

  it("writes a null metric as an empty cell and says when no cell is at baseline", async () => {
    const f = await sampleFixture();
    const grid: GridResult = {
      metric: "cac",
      mode: "value",
      x: { driver: "channel[*].conversion", values: [0, 0.2] },
      y: null,
      values: [[null, 1234.5]],
    };
    await writeSensitivity(f.wb, {
      model: f.model,
      grid,
      inputs: f.inputs,
      mode: "values",
      now: NOW,
      version: VERSION,
    });
    expect(f.wb.cell("Sens CAC Conv", 19, 2)?.value).toBeNull();
    expect(f.wb.cell("Sens CAC Conv", 20, 2)?.value).toBe(1234.5);
    expect(f.wb.sheet("Sens CAC Conv")?.highlights).toEqual([]);
    expect(f.wb.cell("Sens CAC Conv", 22, 1)?.value).toBe(
      "No cell of this grid is at the baseline inputs. Empty cell: the metric does not exist there."
    );
    expectCleanWorkbook(f.wb);
  });

  it("labels periods with the model's unit in value mode", async () => {
    const { wb } = await fixture({
      metric: "npv",
      x: { driver: "horizon", values: [12, 24, 36] },
      mode: "value",
    });
    expect(wb.cell("Sens NPV Horizon", 18, 1)?.value).toBe("Horizon");
    expect(wb.cell("Sens NPV Horizon", 19, 1)?.format).toBe('0.0" months"');
    expect(wb.sheet("Sens NPV Horizon")?.highlights).toEqual([
      { row: 20, column: 2, fill: "#FFE699" },
    ]);
  });
});

describe("a 101 × 101 sheet split under a small block size", () => {
  it("covers every cell and format of the plan exactly once, each block within the limit", async () => {
    const f = await sampleFixture();
    const axis = Array.from({ length: 101 }, (_, i) => 0.5 + i / 100);
    const grid: GridResult = {
      metric: "npv",
      mode: "scale",
      x: { driver: "segment[*].price", values: axis },
      y: { driver: "channel[*].conversion", values: axis },
      values: axis.map((y, i) => axis.map((x, j) => (i === j ? null : 1e6 * x * y))),
    };
    const plan = buildSensitivityPlan(
      { name: SHEET, replace: false },
      { model: f.model, grid, inputs: f.inputs, mode: "values", now: NOW, version: VERSION }
    );
    checkPlan(plan);
    // A long grid freezes its header row (row 21, the X values) and the Y labels (A:B).
    expect(plan.freeze).toEqual({ rows: 21, columns: 2 });
    // Every column of the grid holds figures: at least 12 characters wide.
    const widths = new Map(plan.columnWidths?.map((w) => [w.column, w.width]));
    expect(Array.from({ length: 101 }, (_, j) => (widths.get(2 + j) ?? 0) >= 12)).not.toContain(
      false
    );
    const expectedCells = new Map<string, [unknown, string | null]>();
    for (const block of plan.blocks) {
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) =>
          expectedCells.set(`${block.row + r},${block.column + c}`, [cell, formatAt(block, r, c)])
        )
      );
    }
    const seen = new Map<string, [unknown, string | null]>();
    const parts = splitPlanBlocks(plan, 500);
    for (const part of parts) {
      expect(part.cells.length * part.cells[0].length).toBeLessThanOrEqual(500);
      part.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const key = `${part.row + r},${part.column + c}`;
          expect(seen.has(key)).toBe(false);
          seen.set(key, [cell, formatAt(part, r, c)]);
        })
      );
    }
    expect(seen).toEqual(expectedCells);
    expect(parts.length).toBeGreaterThan(20);
    expect(seen.get("52,33")).toEqual([null, MONEY0]); // body (21 + i, 2 + j) with i = j = 31
  });
});
