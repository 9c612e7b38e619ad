/** The scenarios, break-even and allocation sheets written into a workbook: set-up, tables, formats, charts, audit. */
import { allocate, breakEven, METRICS, scenarioComparison } from "../../src/model";
import {
  ALLOCATION_HEADERS,
  buildAllocationPlan,
  buildScenariosPlan,
  allocationLayout,
  breakEvenLayout,
  scenariosLayout,
  STOP_WORDS,
  writeAllocation,
  writeBreakEven,
  writeScenarios,
} from "../../src/workbook";
import { readExample } from "../support/shared";
import { expectCleanWorkbook, expectNear, NOW, sampleFixture, VERSION } from "./helpers";

const MONEY0 = "[$$-409]#,##0_);[Red]([$$-409]#,##0)";
const MONEY2 = "[$$-409]#,##0.00_);[Red]([$$-409]#,##0.00)";
const { expected } = readExample("direct-vs-partner");
const scenarioTable = (expected.tables.scenarios ?? []) as (string | number)[][];
const boundsTable = (expected.tables.bounds ?? []) as (string | number)[][];

describe("writeScenarios", () => {
  it("writes the comparison with a format per metric, the chart of the chosen metric, and the scenarios as read", async () => {
    const f = await sampleFixture();
    const comparison = scenarioComparison(f.model, { scenarios: { table: scenarioTable } });
    const sheet = await writeScenarios(f.wb, {
      model: f.model,
      comparison,
      source: "Scenarios!A1:D5",
      chartMetric: "CAC",
      inputs: f.inputs,
      now: NOW,
      version: VERSION,
    });
    const S = sheet.name;
    expect(S).toBe("Scenarios CAC");
    const layout = scenariosLayout(comparison);
    expect(f.wb.values(S, { row: layout.sourceRow, column: 0, rows: 2, columns: 3 })).toEqual([
      ["Scenarios", "Scenarios!A1:D5", null],
      ["Chart", "CAC", null],
    ]);
    expect(f.wb.values(S, { row: 4, column: 0, rows: 1, columns: 2 })[0]).toEqual([
      "Question",
      `GTM.SCENARIOS metrics ${comparison.metrics.join(",")}; chart cac; scenarios Scenarios!A1:D5`,
    ]);
    expect(f.wb.values(S, { row: layout.header, column: 0, rows: 1, columns: 9 })[0]).toEqual([
      "Metric",
      "Base",
      "Direct only",
      "Partners only",
      "Partners +50%",
      "Direct only vs Base",
      "Partners only vs Base",
      "Partners +50% vs Base",
      "Metric in formulas",
    ]);
    expected.scenarios!.comparison.forEach((row, i) => {
      const r = layout.firstRow + i;
      expect(f.wb.cell(S, r, 8)?.value).toBe(row.metric);
      [row.base, ...row.values, ...row.change].forEach((value, j) =>
        expectNear(f.wb.cell(S, r, 1 + j)?.value, value, `${row.metric}[${j}]`)
      );
    });
    const npvRow = layout.firstRow + comparison.metrics.indexOf("npv");
    expect(f.wb.cell(S, npvRow, 0)?.value).toBe("NPV");
    expect(f.wb.cell(S, npvRow, 5)?.format).toBe(MONEY0);
    expect(
      f.wb.cell(S, layout.firstRow + comparison.metrics.indexOf("conversion"), 1)?.format
    ).toBe("0.0%");
    const chart = f.wb.sheet(S)?.charts[0];
    expect(chart).toMatchObject({
      type: "columnClustered",
      title: "CAC by scenario",
      categories: { row: layout.header, column: 1, rows: 1, columns: 4 },
      series: [
        { name: "CAC", values: { row: layout.firstRow + 7, column: 1, rows: 1, columns: 4 } },
      ],
    });
    expect(f.wb.values(S, { row: layout.overridesHeader, column: 0, rows: 5, columns: 4 })).toEqual(
      scenarioTable.map((row) => [row[0], row[1], row[2], row[3] === "" ? "value" : row[3]])
    );
    expect(f.wb.cell(S, 1, 1)?.value).toBe(
      "Scenarios: Base and 3 scenarios (Direct only, Partners only, Partners +50%) from Scenarios!A1:D5, 13 metrics"
    );
    expectCleanWorkbook(f.wb);
  });
});

describe("writeBreakEven", () => {
  it("records the question and the answer with its step, and the 101 points with a line chart", async () => {
    const f = await sampleFixture();
    const q = expected.breakEven!.find(
      (question) => question.value !== null && question.metric.startsWith("channel")
    )!;
    const answer = breakEven(f.model, q);
    const S = (
      await writeBreakEven(f.wb, {
        model: f.model,
        answer,
        inputs: f.inputs,
        now: NOW,
        version: VERSION,
      })
    ).name;
    const layout = breakEvenLayout();
    expect(f.wb.values(S, { row: layout.metricRow, column: 0, rows: 3, columns: 3 })).toEqual([
      ["Metric", "CAC (Partners)", null],
      ["Target", q.target, null],
      ["Driver", "Conversion (Partners)", null],
    ]);
    // The model's own names are in the audit's Question row only.
    expect(f.wb.values(S, { row: 4, column: 0, rows: 1, columns: 2 })[0]).toEqual([
      "Question",
      `GTM.BREAKEVEN metric ${q.metric}; target ${q.target}; driver ${q.driver}; low 0; high 1`,
    ]);
    expect(f.wb.values(S, { row: layout.lowRow, column: 1, rows: 2, columns: 1 })).toEqual([
      [0],
      [1],
    ]);
    expect(f.wb.cell(S, layout.lowRow, 1)?.format).toBe("0.0%");
    expectNear(f.wb.cell(S, layout.valueRow, 1)?.value, q.value, "value");
    expect(f.wb.cell(S, layout.valueRow, 1)?.format).toBe("0.0000%");
    expect(f.wb.values(S, { row: layout.stepRow, column: 1, rows: 1, columns: 2 })).toEqual([
      q.step,
    ]);
    expectNear(f.wb.cell(S, layout.minRow, 1)?.value, q.min, "min");
    expectNear(f.wb.cell(S, layout.maxRow, 1)?.value, q.max, "max");
    expect(f.wb.cell(S, layout.baselineRow, 1)?.format).toBe(MONEY2);
    expect(f.wb.cell(S, layout.pointsHeader + 101, 0)?.value).toBe(1);
    expect(f.wb.sheet(S)?.charts[0]).toMatchObject({
      type: "line",
      title: "CAC (Partners) by Conversion (Partners)",
    });
    expect(f.wb.cell(S, 1, 1)?.value).toBe(
      "Break-even: CAC (Partners) = 3000 by Conversion (Partners) (value mode), searched from 0 to 1"
    );
    expectCleanWorkbook(f.wb);
  });

  it("without a break-even says so and gives the range", async () => {
    const f = await sampleFixture();
    const q = expected.breakEven!.find((question) => question.value === null)!;
    const S = (
      await writeBreakEven(f.wb, {
        model: f.model,
        answer: breakEven(f.model, q),
        inputs: f.inputs,
        now: NOW,
        version: VERSION,
      })
    ).name;
    const layout = breakEvenLayout();
    expect(f.wb.values(S, { row: layout.valueRow, column: 1, rows: 2, columns: 1 })).toEqual([
      ["none in the interval"],
      ["none"],
    ]);
    expectNear(f.wb.cell(S, layout.minRow, 1)?.value, q.min, "min");
    // The 101 points are a long table: its header row (row 26) is too far down to freeze rows,
    // so the driver's column stays in view; the sheet prints landscape, one page wide.
    expect(S).toMatch(/^Break-even /);
    expect(f.wb.sheet(S)?.freeze).toEqual({ rows: 0, columns: 1 });
    expect(f.wb.sheet(S)?.page).toEqual({ orientation: "landscape", fitToPagesWide: 1 });
  });
});

describe("writeAllocation", () => {
  it("writes bounds, spend now and best, why each stops there, the metric now and at best, and the chart", async () => {
    const f = await sampleFixture();
    const answer = allocate(f.model, { bounds: { table: boundsTable } });
    const S = (
      await writeAllocation(f.wb, {
        model: f.model,
        answer,
        bounds: "Bounds!A1:C3",
        inputs: f.inputs,
        now: NOW,
        version: VERSION,
      })
    ).name;
    expect(S).toBe("Budget NPV");
    const layout = allocationLayout(2, false);
    expect(f.wb.values(S, { row: layout.metricRow, column: 0, rows: 4, columns: 2 })).toEqual([
      ["Metric", "NPV"],
      ["Budget per month", expected.allocation!.budget],
      ["Unspent allowed", "No"],
      ["Bounds", "Bounds!A1:C3"],
    ]);
    // The Run row says the budget with thousands separators.
    expect(f.wb.cell(S, 1, 1)?.value).toMatch(
      new RegExp(
        `^Allocation of a budget of ${expected.allocation!.budget.toLocaleString("en-US")} per month \\(exactly\\)`
      )
    );
    // Only the label in the set-up (no third column); the model's names in the Question row.
    expect(f.wb.cell(S, layout.metricRow, 2)?.value ?? null).toBeNull();
    expect(f.wb.values(S, { row: 4, column: 0, rows: 1, columns: 2 })[0]).toEqual([
      "Question",
      `GTM.ALLOCATE metric npv; budget ${expected.allocation!.budget}; unspent FALSE; bounds Bounds!A1:C3`,
    ]);
    expect(f.wb.values(S, { row: layout.header, column: 0, rows: 1, columns: 7 })[0]).toEqual(
      ALLOCATION_HEADERS
    );
    answer.channels.forEach((c, i) => {
      const row = f.wb.values(S, { row: layout.firstRow + i, column: 0, rows: 1, columns: 7 })[0];
      expect(row).toEqual([
        c.name,
        c.min,
        c.max,
        c.now,
        c.best,
        c.best - c.now,
        STOP_WORDS[c.stop],
      ]);
      expect(f.wb.cell(S, layout.firstRow + i, 4)?.format).toBe(MONEY0);
    });
    expect(f.wb.values(S, { row: layout.firstRow, column: 1, rows: 2, columns: 2 })).toEqual([
      [10000, 60000],
      [0, 45000],
    ]);
    expect(f.wb.cell(S, layout.totalRow, 4)?.value).toBeCloseTo(expected.allocation!.budget, 6);
    expect(f.wb.cell(S, layout.metricResultRow, 0)?.value).toBe("NPV");
    expectNear(
      f.wb.cell(S, layout.metricResultRow, 3)?.value,
      expected.allocation!.baselineMetric,
      "baseline"
    );
    expect(f.wb.cell(S, layout.metricResultRow, 4)?.value as number).toBeGreaterThanOrEqual(
      expected.allocation!.bestKnown.metric * 0.999
    );
    expect(f.wb.sheet(S)?.charts[0]).toMatchObject({
      type: "columnClustered",
      series: [{ name: "Spend now" }, { name: "Best spend" }],
    });
    expectCleanWorkbook(f.wb);
  });

  it("with unspent allowed shows the unspent row", async () => {
    const f = await sampleFixture();
    const answer = allocate(f.model, {
      budget: 100000,
      unspent: true,
      bounds: { table: boundsTable },
    });
    const S = (
      await writeAllocation(f.wb, {
        model: f.model,
        answer,
        bounds: "Bounds!A1:C3",
        inputs: f.inputs,
        now: NOW,
        version: VERSION,
      })
    ).name;
    const layout = allocationLayout(2, true);
    expect(f.wb.cell(S, layout.unspentRow, 0)?.value).toBe("Unspent");
    expect(f.wb.cell(S, layout.unspentRow, 4)?.value).toBeCloseTo(answer.unspentAmount, 6);
    expect(f.wb.cell(S, layout.unspentFlagRow, 1)?.value).toBe("Yes");
  });
});

describe("long decision tables freeze their header row and names", () => {
  it("an allocation over more than 20 channels freezes its header row and the channel names; the example's 2 do not", async () => {
    const f = await sampleFixture();
    const answer = allocate(f.model, { bounds: { table: boundsTable } });
    const options = {
      model: f.model,
      bounds: "Bounds!A1:C3",
      inputs: f.inputs,
      now: NOW,
      version: VERSION,
    };
    const target = { name: "Budget NPV", replace: false };
    expect(buildAllocationPlan(target, { ...options, answer }).freeze).toBeUndefined();
    const template = answer.channels[0];
    const channels = Array.from({ length: 25 }, (_, i) => ({
      ...template,
      name: `Channel ${i + 1}`,
    }));
    const many = buildAllocationPlan(target, { ...options, answer: { ...answer, channels } });
    const layout = allocationLayout(25, false);
    expect(many.freeze).toEqual({ rows: layout.header + 1, columns: 1 });
  });

  it("a comparison of more than 20 metrics freezes the scenarios' header row and the metric names", async () => {
    const f = await sampleFixture();
    // The 13 totals and each channel's CAC, LTV, payback and NPV: 21 rows.
    const perChannel = f.model.channels.flatMap((c) =>
      ["cac", "ltv", "payback", "npv"].map((m) => `channel[${c.name}].${m}`)
    );
    const comparison = scenarioComparison(f.model, {
      scenarios: { table: scenarioTable },
      metrics: [...METRICS, ...perChannel],
    });
    expect(comparison.comparison).toHaveLength(METRICS.length + perChannel.length);
    expect(comparison.comparison.length).toBeGreaterThan(20);
    const plan = buildScenariosPlan(
      { name: "Scenarios NPV", replace: false },
      {
        model: f.model,
        comparison,
        source: "Scenarios!A1:D5",
        inputs: f.inputs,
        now: NOW,
        version: VERSION,
      }
    );
    expect(plan.freeze).toEqual({ rows: scenariosLayout(comparison).header + 1, columns: 1 });
  });
});

describe("column widths beside a chart", () => {
  it("widen the budget sheet's 'why it stops there' column to its longest reason: the chart would hide what runs over", async () => {
    const f = await sampleFixture();
    const answer = allocate(f.model, { bounds: { table: boundsTable } });
    const plan = buildAllocationPlan(
      { name: "Budget NPV", replace: false },
      {
        model: f.model,
        answer,
        bounds: "Bounds!A1:C3",
        inputs: f.inputs,
        now: NOW,
        version: VERSION,
      }
    );
    const why = ALLOCATION_HEADERS.length - 1;
    // The chart starts two columns to the right of the reasons.
    expect(plan.charts?.[0].anchor.column).toBe(why + 2);
    const longest = Math.max(...answer.channels.map((c) => STOP_WORDS[c.stop].length));
    const width = plan.columnWidths?.find((w) => w.column === why)?.width;
    expect(width).toBe(Math.min(60, longest + 2));
  });
});
