/**
 * Applying a SheetPlan through the exceljs port, checked on the saved bytes: values (text always
 * text, formulas only when explicit), number formats, styles, widths, freeze panes, colour
 * scales, highlights, Excel tables, spills; ownership (`replace`) and never writing into a sheet
 * that exists; inspect() as the services need it.
 */
import ExcelJS from "exceljs";
import { OWNER_HEADER, type SheetPlan } from "../../src/workbook";
import { XlsxWorkbook } from "../../src/cli/xlsxWorkbook";

async function saved(port: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await port.workbook.xlsx.writeBuffer());
  return again;
}

const PLAN: SheetPlan = {
  name: "GTM Results",
  replace: false,
  blocks: [
    {
      row: 0,
      column: 0,
      cells: [["GTM Modeler · Model results"]],
      style: { bold: true, size: 14 },
    },
    {
      row: 2,
      column: 0,
      cells: [
        ["Channel", "Spend", "Conversion"],
        ["=1+1", 40000, 0.1],
        ["@risk", null, { error: "#N/A" }],
      ],
      columnFormats: [null, '"$"#,##0', "0.0%"],
      style: { border: "bottom" },
    },
    {
      row: 6,
      column: 0,
      cells: [[{ formula: "=SUM(B4:B5)" }, "+1", "-x"]],
      cellFormats: [['"$"#,##0', null, null]],
      style: {
        fill: "#DDEBF7",
        italic: true,
        horizontalAlignment: "right",
        wrap: true,
        fontColor: "#1F4E79",
      },
    },
    {
      row: 8,
      column: 0,
      cells: [[{ formula: "=GTM.MODEL(Channels[#All],Segments[#All])" }]],
      spill: { rows: 3, columns: 2 },
      numberFormat: "0.00",
    },
  ],
  columnWidths: [
    { column: 0, width: 24 },
    { column: 2, width: 12 },
  ],
  freeze: { rows: 3, columns: 1 },
  colorScales: [
    { row: 3, column: 1, rows: 2, columns: 2, low: "#F8696B", mid: "#FFEB84", high: "#63BE7B" },
  ],
  highlights: [{ row: 3, column: 2, fill: "#FFFF00" }],
  tables: [{ name: "Results", row: 2, column: 0, rows: 3, columns: 3, style: "TableStyleLight9" }],
  charts: [
    {
      type: "line",
      title: "Revenue by channel",
      categories: { row: 3, column: 0, rows: 2, columns: 1 },
      series: [{ name: "Spend", values: { row: 3, column: 1, rows: 2, columns: 1 } }],
      anchor: { row: 0, column: 5, rows: 10, columns: 6 },
    },
  ],
};

describe("writeSheet", () => {
  it("writes the plan's values, formats, styles and layout exactly", async () => {
    const port = new XlsxWorkbook();
    expect(await port.writeSheet(PLAN)).toEqual({
      name: "GTM Results",
      address: "'GTM Results'!A1:C11",
    });
    expect(port.skippedCharts).toEqual([{ sheet: "GTM Results", title: "Revenue by channel" }]);
    const sheet = (await saved(port)).getWorksheet("GTM Results")!;
    const value = (ref: string): ExcelJS.CellValue => sheet.getCell(ref).value;

    expect(value("A1")).toBe("GTM Modeler · Model results");
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    // Text that looks like a formula stays text; formulas come only from { formula }.
    expect([value("A4"), value("A5"), value("B7"), value("C7")]).toEqual([
      "=1+1",
      "@risk",
      "+1",
      "-x",
    ]);
    expect(sheet.getCell("A4").type).toBe(ExcelJS.ValueType.String);
    expect(value("A7")).toMatchObject({ formula: "SUM(B4:B5)" });
    expect([value("B4"), value("C4"), value("B5"), value("C5")]).toEqual([
      40000,
      0.1,
      null,
      { error: "#N/A" },
    ]);
    expect([
      sheet.getCell("B4").numFmt,
      sheet.getCell("C4").numFmt,
      sheet.getCell("A7").numFmt,
    ]).toEqual(['"$"#,##0', "0.0%", '"$"#,##0']);
    expect(sheet.getCell("A5").border.bottom).toMatchObject({ style: "thin" });
    expect(sheet.getCell("A7").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(sheet.getCell("B7").font).toMatchObject({ italic: true, color: { argb: "FF1F4E79" } });
    expect(sheet.getCell("C7").alignment).toMatchObject({ horizontal: "right", wrapText: true });
    // A spilling formula is an array formula over its spill area, formatted ahead of time.
    expect(value("A9")).toMatchObject({
      formula: "GTM.MODEL(Channels[#All],Segments[#All])",
      shareType: "array",
      ref: "A9:B11",
    });
    expect([sheet.getCell("A9").numFmt, sheet.getCell("B11").numFmt]).toEqual(["0.00", "0.00"]);

    expect([sheet.getColumn(1).width, sheet.getColumn(3).width]).toEqual([24, 12]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(sheet.getCell("C4").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    const formats = (
      sheet as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { type: string; color: { argb: string }[] }[];
        }[];
      }
    ).conditionalFormattings;
    expect(
      formats.map((cf) => [cf.ref, cf.rules[0].type, cf.rules[0].color.map((c) => c.argb)])
    ).toEqual([["B4:C5", "colorScale", ["FFF8696B", "FFFFEB84", "FF63BE7B"]]]);
    const tables = (
      sheet as unknown as {
        tables: Record<string, { table: { tableRef: string; columns: { name: string }[] } }>;
      }
    ).tables;
    expect(Object.keys(tables)).toEqual(["Results"]);
    expect(tables.Results.table.tableRef).toBe("A3:C5");
    expect(tables.Results.table.columns.map((c) => c.name)).toEqual([
      "Channel",
      "Spend",
      "Conversion",
    ]);
  });

  it("never writes into a sheet that exists, and replaces one only when told to, in place", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Inputs").getCell("A1").value = "mine";
    workbook.addWorksheet("GTM Results").getCell("A1").value = "GTM Modeler · old";
    workbook.addWorksheet("Notes");
    const port = new XlsxWorkbook(workbook);
    await expect(port.writeSheet({ ...PLAN, name: "gtm results" })).rejects.toThrow(
      'Sheet "GTM Results" already exists: refusing to write into it'
    );
    await expect(port.writeSheet({ ...PLAN, name: "Elsewhere", replace: true })).rejects.toThrow(
      'Cannot replace sheet "Elsewhere": the workbook has no such sheet'
    );
    await port.writeSheet({ ...PLAN, replace: true });
    const again = await saved(port);
    expect(again.worksheets.map((sheet) => sheet.name)).toEqual(["Inputs", "GTM Results", "Notes"]);
    expect(again.getWorksheet("GTM Results")!.getCell("A1").value).toBe(
      "GTM Modeler · Model results"
    );
    expect(again.getWorksheet("Inputs")!.getCell("A1").value).toBe("mine");
  });

  it("refuses a plan with a non-finite number before writing anything", async () => {
    const port = new XlsxWorkbook();
    await expect(
      port.writeSheet({
        name: "Bad",
        replace: false,
        blocks: [{ row: 0, column: 0, cells: [[Number.NaN]] }],
      })
    ).rejects.toThrow("Bad!A1: refusing to write NaN");
    expect(port.workbook.worksheets).toEqual([]);
  });
});

describe("inspect", () => {
  it("gives every sheet's ownership header, used range (values only) and every table name", async () => {
    const workbook = new ExcelJS.Workbook();
    const user = workbook.addWorksheet("Data");
    user.getCell("C3").value = 5;
    user.getCell("E9").numFmt = "0%"; // formatting alone does not count
    user.getCell("B2").value = { formula: "1+1" }; // no saved value: read as blank in the header
    workbook.addWorksheet("Empty");
    const port = new XlsxWorkbook(workbook);
    await port.writeSheet(PLAN);
    const info = await port.inspect();
    expect(info.tables).toEqual(["Results"]);
    expect(info.sheets.map((sheet) => [sheet.name, sheet.used])).toEqual([
      ["Data", { row: 1, column: 1, rows: 2, columns: 2 }],
      ["Empty", null],
      ["GTM Results", { row: 0, column: 0, rows: 9, columns: 3 }],
    ]);
    const header = info.sheets[0].header;
    expect([header.length, header[0].length]).toEqual([OWNER_HEADER.rows, OWNER_HEADER.columns]);
    expect(header[1]).toEqual(["", ""]);
    expect(info.sheets[2].header[0]).toEqual(["GTM Modeler · Model results", ""]);
  });
});
