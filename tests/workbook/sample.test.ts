import { allocate, parseJson, parseTables, runModel, scenarioComparison } from "../../src/model";
import type { ModelInput } from "../../src/model";
import { insertSample, SAMPLE_INPUT, SAMPLE_TABLES } from "../../src/workbook";
import { MemoryWorkbook } from "../../src/testing/memoryWorkbook";
import { SAMPLE_SCENARIO_METRICS } from "../../src/workbook/services/sample";
import {
  expectCleanWorkbook,
  expected,
  expectNear,
  modelOf,
  NOW,
  readExample,
  sampleFixture,
  VERSION,
} from "./helpers";

const MONEY0 = "[$$-409]#,##0_);[Red]([$$-409]#,##0)";
const MONEY2 = "[$$-409]#,##0.00_);[Red]([$$-409]#,##0.00)";

describe("the embedded sample", () => {
  it("equals the shared direct-vs-partner example", () => {
    expect(SAMPLE_INPUT).toEqual(readExample("direct-vs-partner.input.json"));
    expect(SAMPLE_TABLES).toEqual(expected().tables);
  });
});

describe("insertSample", () => {
  it("writes eight formatted Excel tables and a live model sheet", async () => {
    const wb = new MemoryWorkbook();
    const out = await insertSample(wb, { now: NOW, version: VERSION });
    expect(out.sheets).toEqual([
      { name: "Channels", address: "Channels!A1:J3" },
      { name: "Segments", address: "Segments!A1:J3" },
      { name: "Mix", address: "Mix!A1:C3" },
      { name: "Assumptions", address: "Assumptions!A1:B5" },
      { name: "Scenarios", address: "Scenarios!A1:D5" },
      { name: "Bounds", address: "Bounds!A1:C3" },
      { name: "Uncertainty", address: "Uncertainty!A1:H5" },
      { name: "Correlations", address: "Correlations!A1:C2" },
      { name: "GTM Model", address: "'GTM Model'!A1:N82" },
    ]);
    expect(out.decisionTables).toEqual({
      scenarios: "Scenarios",
      bounds: "Bounds",
      uncertainty: "Uncertainty",
      correlations: "Correlations",
    });
    expect(out.tables).toEqual({
      channels: "Channels",
      segments: "Segments",
      mix: "Mix",
      assumptions: "Assumptions",
    });
    expect(wb.sheet("Channels")?.tables).toEqual([
      { name: "Channels", style: "TableStyleMedium2", row: 0, column: 0, rows: 3, columns: 10 },
    ]);
    // The example's channel table as written: blank cells ("") land as empty cells (null).
    expect(wb.values("Channels", { row: 0, column: 0, rows: 3, columns: 10 })).toEqual(
      SAMPLE_TABLES.channels.map((row) => row.map((cell) => (cell === "" ? null : cell)))
    );
    expect([2, 3, 4, 5, 6, 7, 8, 9].map((c) => wb.cell("Channels", 1, c)?.format)).toEqual([
      MONEY0,
      MONEY2,
      "0.0%",
      '0.0" months"',
      "#,##0.0",
      '0.0" months"',
      "0.0%",
      MONEY0,
    ]);
    expect(wb.values("Segments", { row: 1, column: 0, rows: 1, columns: 10 })).toEqual([
      SAMPLE_TABLES.segments[1].map((cell) => (cell === "" ? null : cell)),
    ]);
    expect([1, 2, 5, 6, 7].map((c) => wb.cell("Segments", 1, c)?.format)).toEqual([
      "#,##0",
      "0.0%",
      MONEY2,
      "0.0%",
      "0.0%",
    ]);
    expect(wb.values("Mix", { row: 0, column: 0, rows: 3, columns: 3 })).toEqual([
      ["Channel", "Enterprise", "Mid-market"],
      ["Direct sales", 0.7, 0.3],
      ["Partners", 0.3, 0.7],
    ]);
    expect(wb.cell("Mix", 1, 1)?.format).toBe("0%");
    expect(wb.values("Assumptions", { row: 0, column: 0, rows: 5, columns: 2 })).toEqual([
      ["Assumption", "Value"],
      ["Horizon", 24],
      ["Period unit", "month"],
      ["Discount rate per month", 0.01],
      ["Launch periods", 3],
    ]);
    // Every periods figure one style; the discount rate says its period.
    expect([1, 3, 4].map((r) => wb.cell("Assumptions", r, 1)?.format)).toEqual([
      '0.0" months"',
      "0.00%",
      '0.0" months"',
    ]);
    expect(wb.cell("GTM Model", 0, 0)?.value).toBe("GTM Modeler · Sample model");
    expect(wb.cell("GTM Model", 11, 0)?.formula).toBe(
      "=GTM.MODEL(Channels[#All],Segments[#All],Mix[#All],Assumptions[#Data])"
    );
    expect(wb.cell("GTM Model", 12, 6)?.format).toBe(MONEY2);
    expect(wb.cell("GTM Model", 25, 0)?.value).toBe(
      "Live: GTM.MODEL recalculates whenever the input tables change."
    );
    expect(wb.cell("GTM Model", 26, 0)?.value).toBe(
      "Edit the Channels, Segments, Mix and Assumptions tables: this summary follows. Run the model for the full results sheet."
    );
    expectCleanWorkbook(wb);
  });

  it("reads back to the example's model and results, without a warning", async () => {
    const { model, result, inputs } = await sampleFixture();
    expect(inputs.assumptions).toEqual({
      values: [
        ["Horizon", 24],
        ["Period unit", "month"],
        ["Discount rate per month", 0.01],
        ["Launch periods", 3],
      ],
      origin: { sheet: "Assumptions", row: 1, column: 0 },
      address: "Assumptions!A2:B5",
      formulaRef: "Assumptions[#Data]",
      kind: "table",
    });
    const outcome = parseTables({
      channels: inputs.channels?.values,
      segments: inputs.segments?.values,
      mix: inputs.mix?.values,
      assumptions: inputs.assumptions?.values,
    });
    expect(outcome.warnings).toEqual([]);
    const json = parseJson(SAMPLE_INPUT).model;
    expect(json).not.toBeNull();
    const withoutSources = (m: ModelInput) => ({ ...m, sources: undefined });
    expect(withoutSources(model)).toEqual(withoutSources(json as ModelInput));
    const total = expected().result.total;
    for (const key of ["revenue", "npv", "customers", "cac", "ltv", "payback"] as const)
      expectNear(result.total[key], total[key], key);
  });

  it("never touches existing sheets or tables: free names, and the formula uses them", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Channels", [["my", "own", "data"]]);
    wb.addSheet("Budget", [["x"]]);
    wb.addTable("Budget", "Mix", { row: 0, column: 0, rows: 1, columns: 1 });
    const out = await insertSample(wb, { now: NOW, version: VERSION });
    expect(out.sheets.map((s) => s.name)).toEqual([
      "Channels (2)",
      "Segments",
      "Mix",
      "Assumptions",
      "Scenarios",
      "Bounds",
      "Uncertainty",
      "Correlations",
      "GTM Model",
    ]);
    expect(out.tables).toEqual({
      channels: "Channels",
      segments: "Segments",
      mix: "Mix_2",
      assumptions: "Assumptions",
    });
    expect(wb.values("Channels", { row: 0, column: 0, rows: 2, columns: 4 })).toEqual([
      ["my", "own", "data", null],
      [null, null, null, null],
    ]);
    expect(wb.sheet("Channels")?.tables).toEqual([]);
    expect(wb.cell("GTM Model", 11, 0)?.formula).toBe(
      "=GTM.MODEL(Channels[#All],Segments[#All],Mix_2[#All],Assumptions[#Data])"
    );
    const inputs = await wb.readInputs(out.bindings);
    expect(inputs.channels?.address).toBe("'Channels (2)'!A1:J3");
    expect(inputs).toEqual(out.inputs);
    expect(runModel(modelOf(inputs)).total.npv).toBeCloseTo(expected().result.total.npv, 6);
  });

  it("a second insert adds a second copy and leaves the first alone", async () => {
    const wb = new MemoryWorkbook();
    await insertSample(wb, { now: NOW, version: VERSION });
    const before = wb.entries("GTM Model");
    const again = await insertSample(wb, {
      now: new Date("2026-11-23T00:00:00Z"),
      version: VERSION,
    });
    expect(again.sheets.map((s) => s.name)).toEqual([
      "Channels (2)",
      "Segments (2)",
      "Mix (2)",
      "Assumptions (2)",
      "Scenarios (2)",
      "Bounds (2)",
      "Uncertainty (2)",
      "Correlations (2)",
      "GTM Model (2)",
    ]);
    expect(again.tables).toEqual({
      channels: "Channels2",
      segments: "Segments2",
      mix: "Mix_2",
      assumptions: "Assumptions2",
    });
    expect(wb.entries("GTM Model")).toEqual(before);
    expect(wb.cell("GTM Model (2)", 11, 0)?.formula).toBe(
      "=GTM.MODEL(Channels2[#All],Segments2[#All],Mix_2[#All],Assumptions2[#Data])"
    );
    expect(wb.cell("GTM Model (2)", 37, 0)?.formula).toBe(
      '=GTM.ALLOCATE(Channels2[#All],Segments2[#All],"npv",,Bounds2[#All],FALSE,Mix_2[#All],Assumptions2[#Data])'
    );
  });
});

describe("the sample's decision tables and live decisions", () => {
  const cells = (table: (string | number)[][]) =>
    table.map((row) => row.map((cell) => (cell === "" ? null : cell)));

  it("writes the example's Scenarios, Bounds, Uncertainty and Correlations as formatted tables", async () => {
    const wb = new MemoryWorkbook();
    await insertSample(wb, { now: NOW, version: VERSION });
    for (const [sheet, table] of [
      ["Scenarios", SAMPLE_TABLES.scenarios],
      ["Bounds", SAMPLE_TABLES.bounds],
      ["Uncertainty", SAMPLE_TABLES.uncertainty],
      ["Correlations", SAMPLE_TABLES.correlations],
    ] as const) {
      const rect = { row: 0, column: 0, rows: table.length, columns: table[0].length };
      expect(wb.values(sheet, rect)).toEqual(cells(table));
      expect(wb.sheet(sheet)?.tables).toEqual([
        { name: sheet, style: "TableStyleMedium2", ...rect },
      ]);
    }
    // Values in the driver's unit: spend as money, a scale as a percentage of the baseline.
    const scaleRow = SAMPLE_TABLES.scenarios.findIndex((row) => row[3] === "scale");
    const valueRow = SAMPLE_TABLES.scenarios.findIndex(
      (row) => String(row[1]).endsWith(".spend") && row[3] === ""
    );
    expect(wb.cell("Scenarios", scaleRow, 2)?.format).toBe("0%");
    expect(wb.cell("Scenarios", valueRow, 2)?.format).toBe(MONEY0);
    expect(wb.cell("Bounds", 1, 1)?.format).toBe(MONEY0);
    expect(wb.cell("Uncertainty", 1, 2)?.format).toBe("0.0%");
    expect(wb.cell("Correlations", 1, 2)?.format).toBe("0.00");
    expectCleanWorkbook(wb);
  });

  it("puts live GTM.SCENARIOS, GTM.ALLOCATE and GTM.SIMULATE next to GTM.MODEL, over the tables written", async () => {
    const wb = new MemoryWorkbook();
    await insertSample(wb, { now: NOW, version: VERSION });
    expect(wb.cell("GTM Model", 28, 0)?.value).toBe("Scenarios side by side (live)");
    expect(wb.cell("GTM Model", 29, 0)?.formula).toBe(
      '=GTM.SCENARIOS(Channels[#All],Segments[#All],Scenarios[#All],"npv,revenue,grossProfit,contribution",Mix[#All],Assumptions[#Data])'
    );
    expect(wb.cell("GTM Model", 30, 1)?.format).toBe(MONEY0);
    expect(wb.cell("GTM Model", 36, 0)?.value).toBe("Best split of the budget for NPV (live)");
    expect(wb.cell("GTM Model", 37, 0)?.formula).toBe(
      '=GTM.ALLOCATE(Channels[#All],Segments[#All],"npv",,Bounds[#All],FALSE,Mix[#All],Assumptions[#Data])'
    );
    expect(wb.cell("GTM Model", 38, 2)?.format).toBe(MONEY0);
    expect(wb.cell("GTM Model", 42, 0)?.value).toBe(
      "Live: GTM.ALLOCATE splits the channels' current total spend within the Bounds table."
    );
    expect(wb.cell("GTM Model", 45, 0)?.formula).toBe(
      '=GTM.SIMULATE(Channels[#All],Segments[#All],Uncertainty[#All],"npv",5000,1,Correlations[#All],Mix[#All],Assumptions[#Data])'
    );
    // Statistic | Value: the count of runs as a count, the mean in money, the share as a rate.
    expect(wb.cell("GTM Model", 46, 1)?.format).toBe("#,##0");
    expect(wb.cell("GTM Model", 48, 1)?.format).toBe(MONEY0);
    expect(wb.cell("GTM Model", 61, 1)?.format).toBe("0.0%");
    expect(wb.cell("GTM Model", 62, 1)?.format).toBe("0.00");
  });

  it("the live formulas' tables compute the example's comparison and allocation", async () => {
    const wb = new MemoryWorkbook();
    const out = await insertSample(wb, { now: NOW, version: VERSION });
    const inputs = await wb.readInputs(out.bindings);
    const model = modelOf(inputs);
    const scenarioTable = wb.values("Scenarios", { row: 0, column: 0, rows: 5, columns: 4 });
    const comparison = scenarioComparison(model, {
      scenarios: { table: scenarioTable },
      metrics: SAMPLE_SCENARIO_METRICS.split(","),
    });
    const want = expected().scenarios;
    const npv = want.comparison.find((row) => row.metric === "npv");
    expectNear(comparison.comparison[0]?.base, npv?.base ?? null, "npv base");
    comparison.comparison[0]?.values.forEach((value, i) =>
      expectNear(value, npv?.values[i] ?? null, `npv ${i}`)
    );
    const bounds = wb.values("Bounds", { row: 0, column: 0, rows: 3, columns: 3 });
    const best = allocate(model, { metric: "npv", bounds: { table: bounds } });
    expect(best.value as number).toBeGreaterThanOrEqual(
      expected().allocation.bestKnown.metric * 0.999
    );
  });
});
