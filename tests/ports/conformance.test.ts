/**
 * One port conformance suite, run against every port (memory, Excel over the stand-in, exceljs):
 * the contract of src/workbook/port.ts. Tables by name ([#All], the assumptions [#Data]), sheets,
 * ranges, blank rows, the model input they give, writing blocks, formats, ownership, removing a
 * sheet, defined names, and a re-run of the sample. The inputs are the shared example's tables.
 */
import { parseTables, runModel } from "../../src/model";
import {
  chooseSheet,
  insertSample,
  OWNER_TITLE_PREFIX,
  tablesInput,
  WRITTEN_RANGE_LABEL,
} from "../../src/workbook";
import type { SheetPlan } from "../../src/workbook";
import { expected, expectNear } from "../workbook/helpers";
import { DRIVERS } from "./drivers";
import type { PortDriver, Seed } from "./drivers";

const EXAMPLE = expected("direct-vs-partner");
const TABLES = EXAMPLE.tables;
const OPTIONS = { now: new Date(Date.UTC(2026, 0, 2)), version: "1.0.0" };

const seeds = (grid: (string | number)[][]): Seed[][] =>
  grid.map((row) => row.map((cell) => (cell === "" ? null : cell)));
const rectOf = (grid: unknown[][], row = 0, column = 0) => ({
  row,
  column,
  rows: grid.length,
  columns: grid[0].length,
});

/** The example's four inputs: channels and assumptions as Excel tables, segments and mix as sheets. */
function seedExample(d: PortDriver): void {
  d.sheet("Inputs", seeds(TABLES.channels), { row: 1, column: 1 });
  d.table("Inputs", "Channels", rectOf(TABLES.channels, 1, 1));
  d.sheet("Segments", seeds(TABLES.segments));
  d.sheet("Mix", seeds(TABLES.mix));
  const assumptions = [["Assumption", "Value"], ...TABLES.assumptions];
  d.sheet("Params", seeds(assumptions));
  d.table("Params", "Assumptions", rectOf(assumptions));
}

function ownedPlan(name: string, replace: boolean, rows: (string | number | null)[][]): SheetPlan {
  const extent = `A1:C${3 + rows.length}`;
  return {
    name,
    replace,
    blocks: [
      { row: 0, column: 0, cells: [[`${OWNER_TITLE_PREFIX}Test`]] },
      { row: 1, column: 0, cells: [[WRITTEN_RANGE_LABEL, extent]] },
      { row: 3, column: 0, cells: rows, columnFormats: [null, '"$"#,##0', "0.0%"] },
    ],
  };
}

describe.each(DRIVERS)("the %s port", (_, make) => {
  test("reads an Excel table by name as [#All], with its header and where it sits", async () => {
    const d = make();
    seedExample(d);
    const read = await d.port.readInputs({});
    expect(read.channels).toEqual({
      values: TABLES.channels,
      origin: { sheet: "Inputs", row: 1, column: 1 },
      address: "Inputs!B2:K4",
      formulaRef: "Channels[#All]",
      kind: "table",
    });
  });

  test("reads the assumptions table as [#Data]: its header row is not an assumption", async () => {
    const d = make();
    seedExample(d);
    const read = await d.port.readInputs({});
    expect(read.assumptions).toEqual({
      values: TABLES.assumptions,
      origin: { sheet: "Params", row: 1, column: 0 },
      address: `Params!A2:B${TABLES.assumptions.length + 1}`,
      formulaRef: "Assumptions[#Data]",
      kind: "table",
    });
  });

  test("reads a sheet of the input's name as the table at A1", async () => {
    const d = make();
    seedExample(d);
    const read = await d.port.readInputs({});
    expect(read.segments?.values).toEqual(TABLES.segments);
    expect(read.segments?.origin).toEqual({ sheet: "Segments", row: 0, column: 0 });
    expect(read.segments?.kind).toBe("sheet");
    expect(read.mix?.values).toEqual(TABLES.mix);
  });

  test("reads a bound address as a range, and finds nothing for a missing one", async () => {
    const d = make();
    seedExample(d);
    const read = await d.port.readInputs({ assumptions: "Params!A2:B3", mix: "Nowhere!A1:B2" });
    expect(read.assumptions).toMatchObject({
      values: TABLES.assumptions.slice(0, 2),
      origin: { sheet: "Params", row: 1, column: 0 },
      address: "Params!A2:B3",
      kind: "range",
    });
    expect(read.mix).toBeUndefined();
  });

  test("keeps a blank row inside a table, so every address stays right", async () => {
    const d = make();
    const [header, first, ...rest] = TABLES.segments;
    d.sheet("Segments", seeds([header, first, header.map(() => ""), ...rest]));
    const read = await d.port.readInputs({});
    expect(read.segments?.values).toEqual([header, first, header.map(() => ""), ...rest]);
  });

  test("gives the model the example's inputs: the same results from every port", async () => {
    const d = make();
    seedExample(d);
    const outcome = parseTables(tablesInput(await d.port.readInputs({})));
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings).toEqual([]);
    if (outcome.model === null) throw new Error("no model");
    expectNear(runModel(outcome.model).total.npv, EXAMPLE.result.total.npv, "total npv");
  });

  test("writes blocks: text stays text, formulas only when explicit, blanks empty, formats per column", async () => {
    const d = make();
    await d.port.writeSheet(
      ownedPlan("Out", false, [
        ["=SUM(A1)", 40000, 0.125],
        ["2024", { formula: "=1+1" } as never, null],
      ])
    );
    expect(d.cell("Out", 3, 0)).toEqual({ value: "=SUM(A1)", formula: null, format: null });
    expect(d.cell("Out", 3, 1)).toEqual({ value: 40000, formula: null, format: '"$"#,##0' });
    expect(d.cell("Out", 3, 2)).toEqual({ value: 0.125, formula: null, format: "0.0%" });
    expect(d.cell("Out", 4, 0).value).toBe("2024");
    expect(d.cell("Out", 4, 1).formula).toBe("=1+1");
    expect(d.cell("Out", 4, 2).value).toBeNull();
  });

  test("ownership: never writes over a sheet that exists; a re-run replaces our sheet in place", async () => {
    const d = make();
    d.sheet("Mine", [["a user's sheet"]]);
    await expect(d.port.writeSheet(ownedPlan("Mine", false, [["x", 1, 0.1]]))).rejects.toThrow();
    expect(d.cell("Mine", 0, 0).value).toBe("a user's sheet");
    await d.port.writeSheet(
      ownedPlan("Out", false, [
        ["first", 1, 0.1],
        ["second", 2, 0.2],
      ])
    );
    const target = chooseSheet(await d.port.inspect(), "Out");
    expect(target).toEqual({ name: "Out", replace: true });
    expect(chooseSheet(await d.port.inspect(), "Mine")).toEqual({
      name: "Mine (2)",
      replace: false,
    });
    await d.port.writeSheet(ownedPlan("Out", true, [["again", 3, 0.3]]));
    expect(d.cell("Out", 3, 0).value).toBe("again");
    expect(d.cell("Out", 4, 0).value).toBeNull();
  });

  test("inspect reports sheets, tables and defined names; removeSheet takes a sheet and its tables away", async () => {
    const d = make();
    seedExample(d);
    d.definedName("TaxRate", "Params");
    const info = await d.port.inspect();
    expect(info.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Inputs", "Params"]));
    expect([...info.tables].sort()).toEqual(["Assumptions", "Channels"]);
    expect(info.names).toEqual(["TaxRate"]);
    await d.port.removeSheet("Inputs");
    const after = await d.port.inspect();
    expect(after.sheets.map((s) => s.name)).not.toContain("Inputs");
    expect(after.tables).toEqual(["Assumptions"]);
  });

  /** The sheets the sample writes, in order: the inputs, the decision tables, the model sheet. */
  const SAMPLE_SHEETS = [
    "Channels",
    "Segments",
    "Mix",
    "Assumptions",
    "Scenarios",
    "Bounds",
    "Uncertainty",
    "Correlations",
    "GTM Model",
  ];

  test("a re-run of the sample adds a second copy with valid, free names", async () => {
    const d = make();
    await insertSample(d.port, OPTIONS);
    const again = await insertSample(d.port, OPTIONS);
    expect(again.tables).toEqual({
      channels: "Channels2",
      segments: "Segments2",
      mix: "Mix_2",
      assumptions: "Assumptions2",
    });
    expect(d.sheetNames()).toEqual([...SAMPLE_SHEETS, ...SAMPLE_SHEETS.map((n) => `${n} (2)`)]);
    expect(again.decisionTables).toEqual({
      scenarios: "Scenarios2",
      bounds: "Bounds2",
      uncertainty: "Uncertainty2",
      correlations: "Correlations2",
    });
    const read = await d.port.readInputs(again.bindings);
    expect(read.assumptions?.formulaRef).toBe("Assumptions2[#Data]");
    // Every assumption row, the first (the horizon) included; names are written in words.
    expect(read.assumptions?.values.map((row) => row[1])).toEqual(
      TABLES.assumptions.map((row) => row[1])
    );
  });
});
