import { MemoryWorkbook } from "../../src/testing/memoryWorkbook";
import { OWNER_TITLE_PREFIX, WRITTEN_RANGE_LABEL } from "../../src/workbook/ownership";
import type { SheetPlan } from "../../src/workbook/port";

const ownedPlan = (name: string, replace: boolean, value: number): SheetPlan => ({
  name,
  replace,
  blocks: [
    { row: 0, column: 0, cells: [[`${OWNER_TITLE_PREFIX}Test`], [WRITTEN_RANGE_LABEL]] },
    { row: 1, column: 1, cells: [["A1:C4"]] },
    { row: 3, column: 2, cells: [[value]], numberFormat: "0.0%" },
  ],
});

describe("MemoryWorkbook.readInputs", () => {
  it("reads tables by name, sheets at A1, and explicit ranges, with origins and formula references", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet(
      "Inputs",
      [
        ["Segment", "Price"],
        ["SMB", 49],
      ],
      { row: 2, column: 1 }
    );
    wb.addTable("Inputs", "Segs", { row: 2, column: 1, rows: 2, columns: 2 });
    wb.addSheet("Channels", [
      ["Channel", "Spend"],
      ["Web", 100],
      ["", ""],
    ]);
    wb.setCell("Channels", 2, 0, { value: "Events" });
    wb.setCell("Channels", 2, 1, { formula: "=50*2", value: 100 });
    wb.addSheet("My mix", [
      ["x", "y"],
      ["z", 1],
    ]);
    const inputs = await wb.readInputs({ segments: "segs", mix: "'My mix'!A1:B2" });
    expect(inputs.segments).toEqual({
      values: [
        ["Segment", "Price"],
        ["SMB", 49],
      ],
      origin: { sheet: "Inputs", row: 2, column: 1 },
      address: "Inputs!B3:C4",
      formulaRef: "Segs[#All]",
      kind: "table",
    });
    expect(inputs.channels).toEqual({
      values: [
        ["Channel", "Spend"],
        ["Web", 100],
        ["Events", 100],
      ],
      origin: { sheet: "Channels", row: 0, column: 0 },
      address: "Channels!A1:B3",
      formulaRef: "Channels!$A$1:$B$3",
      kind: "sheet",
    });
    expect(inputs.mix?.formulaRef).toBe("'My mix'!$A$1:$B$2");
    expect(inputs.mix?.kind).toBe("range");
    expect(inputs.assumptions).toBeUndefined();
    expect(wb.calls.readInputs).toBe(1);
  });

  it("reads blanks inside a table as empty text", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Segments", [
      ["Segment", "Price"],
      [null, null],
      ["SMB", 49],
    ]);
    expect((await wb.readInputs({})).segments?.values).toEqual([
      ["Segment", "Price"],
      ["", ""],
      ["SMB", 49],
    ]);
  });
});

describe("MemoryWorkbook.writeSheet", () => {
  it("creates a sheet, then replaces only while it is ours", async () => {
    const wb = new MemoryWorkbook();
    expect(await wb.writeSheet(ownedPlan("Out", false, 0.5))).toEqual({
      name: "Out",
      address: "Out!A1:C4",
    });
    expect(wb.cell("Out", 3, 2)).toEqual({ value: 0.5, format: "0.0%" });
    await wb.writeSheet(ownedPlan("Out", true, 0.25));
    expect(wb.cell("Out", 3, 2)?.value).toBe(0.25);
    expect(wb.sheetNames()).toEqual(["Out"]);
    wb.setCell("Out", 10, 0, { value: "my note" });
    await expect(wb.writeSheet(ownedPlan("Out", true, 0.1))).rejects.toThrow(
      'Refusing to replace sheet "Out": it was not written by GTM Modeler'
    );
    expect(wb.cell("Out", 3, 2)?.value).toBe(0.25);
  });

  it("never creates over an existing sheet, nor a taken table name", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Data", [["keep"]]);
    wb.addTable("Data", "Channels", { row: 0, column: 0, rows: 1, columns: 1 });
    await expect(wb.writeSheet(ownedPlan("data", false, 1))).rejects.toThrow(
      'Refusing to write sheet "data": a sheet of that name exists'
    );
    const withTable: SheetPlan = {
      ...ownedPlan("New", false, 1),
      tables: [
        { name: "CHANNELS", style: "TableStyleMedium2", row: 0, column: 0, rows: 1, columns: 1 },
      ],
    };
    await expect(wb.writeSheet(withTable)).rejects.toThrow(
      'Refusing to create table "CHANNELS": the name is used'
    );
    expect(wb.values("Data", { row: 0, column: 0, rows: 1, columns: 1 })).toEqual([["keep"]]);
  });

  it("refuses a plan holding NaN before writing anything", async () => {
    const wb = new MemoryWorkbook();
    const bad: SheetPlan = {
      name: "Out",
      replace: false,
      blocks: [{ row: 0, column: 0, cells: [[1, NaN]] }],
    };
    await expect(wb.writeSheet(bad)).rejects.toThrow("Out!B1: refusing to write NaN");
    expect(wb.sheetNames()).toEqual([]);
  });

  it("stores formulas, text that looks like a formula as text, and formats over a spill", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheet({
      name: "S",
      replace: false,
      blocks: [
        { row: 0, column: 0, cells: [["=SUM(A1)", { formula: "=GTM.MODEL(A1:B2,C1:D2)" }]] },
        {
          row: 1,
          column: 1,
          cells: [[{ formula: "=X()" }]],
          spill: { rows: 2, columns: 2 },
          columnFormats: ["0%", "#,##0"],
        },
      ],
    });
    expect(wb.cell("S", 0, 0)).toEqual({ value: "=SUM(A1)" });
    expect(wb.cell("S", 0, 1)).toEqual({ value: null, formula: "=GTM.MODEL(A1:B2,C1:D2)" });
    expect(wb.cell("S", 2, 2)).toEqual({ value: null, format: "#,##0" });
    const info = await wb.inspect();
    expect(info.sheets[0].used).toEqual({ row: 0, column: 0, rows: 2, columns: 2 });
    expect(info.sheets[0].header[0]).toEqual(["=SUM(A1)", null]);
  });
});
