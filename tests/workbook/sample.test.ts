import { parseJson, parseTables, runModel } from "../../src/model";
import type { ModelInput } from "../../src/model";
import { insertSample, MemoryWorkbook, SAMPLE_INPUT, SAMPLE_TABLES } from "../../src/workbook";
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

const MONEY0 = '"$"#,##0;-"$"#,##0';
const MONEY2 = '"$"#,##0.00;-"$"#,##0.00';

describe("the embedded sample", () => {
  it("equals the shared direct-vs-partner example", () => {
    expect(SAMPLE_INPUT).toEqual(readExample("direct-vs-partner.input.json"));
    expect(SAMPLE_TABLES).toEqual(expected().tables);
  });
});

describe("insertSample", () => {
  it("writes four formatted Excel tables and a live model sheet", async () => {
    const wb = new MemoryWorkbook();
    const out = await insertSample(wb, { now: NOW, version: VERSION });
    expect(out.sheets).toEqual([
      { name: "Channels", address: "Channels!A1:J3" },
      { name: "Segments", address: "Segments!A1:J3" },
      { name: "Mix", address: "Mix!A1:C3" },
      { name: "Assumptions", address: "Assumptions!A1:B5" },
      { name: "GTM Model", address: "'GTM Model'!A1:N42" },
    ]);
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
      '[=1]0" month";0" months"',
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
      ["Discount rate", 0.01],
      ["Launch periods", 3],
    ]);
    expect([1, 3, 4].map((r) => wb.cell("Assumptions", r, 1)?.format)).toEqual([
      '[=1]0" month";0" months"',
      "0.0%",
      '[=1]0" month";0" months"',
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
        ["Discount rate", 0.01],
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
  });
});
