import { chooseSheet, OWNER_TITLE_PREFIX, WRITTEN_RANGE_LABEL } from "../../src/workbook/ownership";
import type { CellWrite, SheetPlan } from "../../src/workbook/port";
import { dumpSheet } from "../../src/testing/office/dump";
import { ExcelWorkbookPort } from "../../src/excel/excelPort";
import { standInRun } from "../../src/testing/office";
import { cellValues, fixture, userSheet } from "./helpers";

/** A sensitivity-like plan: title + audit rows, a (n+1) × (n+1) grid with axes, heat map, baseline. */
function gridPlan(n: number, name = "GTM Sensitivity", replace = false): SheetPlan {
  const grid: CellWrite[][] = [["NPV", ...Array.from({ length: n }, (_, j) => 0.5 + j / 100)]];
  for (let i = 0; i < n; i++)
    grid.push([0.5 + i / 100, ...Array.from({ length: n }, (_, j) => 1000 * i + j + 0.25)]);
  return {
    name,
    replace,
    blocks: [
      {
        row: 0,
        column: 0,
        cells: [[`${OWNER_TITLE_PREFIX}Sensitivity`]],
        style: { bold: true, size: 14 },
      },
      {
        row: 1,
        column: 0,
        cells: [[WRITTEN_RANGE_LABEL, `A1:${String.fromCharCode(65 + Math.min(n, 25))}${n + 4}`]],
      },
      {
        row: 3,
        column: 0,
        cells: grid,
        numberFormat: '"$"#,##0',
        cellFormats: [
          [null, ...Array.from({ length: n }, () => "0%")],
          ...Array.from({ length: n }, () => ["0%"]),
        ],
      },
    ],
    colorScales: [
      { row: 4, column: 1, rows: n, columns: n, low: "#F8696B", mid: "#FFEB84", high: "#63BE7B" },
    ],
    highlights: [{ row: 4 + Math.floor(n / 2), column: 1 + Math.floor(n / 2), fill: "#FFF2CC" }],
    columnWidths: [{ column: 0, width: 14 }],
    freeze: { rows: 4, columns: 1 },
  };
}

describe("writeSheet over Excel", () => {
  it("writes a 101 × 101 grid with formats, heat map and baseline in one sync (three with inspect)", async () => {
    const { book, port, syncsOf } = fixture();
    let info = await port.inspect();
    const inspectSyncs = await syncsOf(async () => {
      info = await port.inspect();
    });
    const plan = gridPlan(101);
    const target = chooseSheet(info, plan.name);
    expect(target).toEqual({ name: "GTM Sensitivity", replace: false });
    const writeSyncs = await syncsOf(() => port.writeSheet(plan));
    expect(inspectSyncs).toBe(2);
    expect(writeSyncs).toBe(1);
    const dump = dumpSheet(book.sheet("GTM Sensitivity")!);
    expect(dump.values[0][0]).toBe("GTM Modeler · Sensitivity");
    expect(dump.values[3][0]).toBe("NPV");
    expect(dump.values[3][1]).toBe(0.5);
    expect(dump.values[4][0]).toBe(0.5);
    expect(dump.values[4 + 100][1 + 100]).toBe(100100.25);
    expect(dump.values[5][2]).toBe(1001.25);
    expect(dump.numberFormats[5][2]).toBe('"$"#,##0');
    expect(dump.numberFormats[3][5]).toBe("0%");
    expect(dump.numberFormats[50][0]).toBe("0%");
    expect(dump.colorScales).toEqual([
      {
        address: "'GTM Sensitivity'!B5:CX105",
        criteria: {
          minimum: { type: "LowestValue", color: "#F8696B" },
          midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
          maximum: { type: "HighestValue", color: "#63BE7B" },
        },
      },
    ]);
    expect(dump.fills).toEqual({ AZ55: "#FFF2CC" });
    expect(dump.bold.sort()).toEqual(["A1", "AZ55"]);
    expect(dump.columnWidths).toEqual({ A: 77.25 });
    expect(dump.freeze).toEqual({ rows: 4, columns: 1 });
    expect(book.activeSheet).toBe("GTM Sensitivity");
  });

  it("splits big writes into requests under the limit (small block size), one sync each", async () => {
    const { book, port, syncsOf } = fixture(
      { requestLimit: 20000 },
      { maxBlockCells: 400, maxRequestBytes: 12000 }
    );
    const plan = gridPlan(60);
    const syncs = await syncsOf(() => port.writeSheet(plan));
    expect(syncs).toBeGreaterThan(4);
    const values = cellValues(book, "GTM Sensitivity", 3, 0, 61, 61);
    expect(values[0][0]).toBe("NPV");
    expect(values[60][60]).toBe(59059.25);
    expect(values[1][1]).toBe(0.25);
    const dump = dumpSheet(book.sheet("GTM Sensitivity")!);
    expect(dump.numberFormats[63][60]).toBe('"$"#,##0');
  });

  it("is refused by Excel when a request exceeds its limit: the limit is real in the stand-in", async () => {
    const { port, book } = fixture(
      { requestLimit: 20000 },
      { maxBlockCells: 100000, maxRequestBytes: 10000000 }
    );
    await expect(port.writeSheet(gridPlan(60))).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(book.sheet("GTM Sensitivity")).toBeNull();
  });

  it("writes text from user cells as text: names starting with = + - @ or looking like numbers stay text", async () => {
    const { book, port } = fixture();
    const names = [
      "=SUM(A1:A3)",
      "+44 partners",
      "-x",
      "@home",
      "2024",
      "TRUE",
      "'quoted",
      "Plain name",
      "10%",
    ];
    await port.writeSheet({
      name: "GTM Results",
      replace: false,
      blocks: [
        {
          row: 0,
          column: 0,
          cells: names.map((name) => [
            name,
            { formula: "=GTM.MODEL(Channels[#All],Segments[#All])" },
          ]),
        },
      ],
    });
    const dump = dumpSheet(book.sheet("GTM Results")!);
    expect(dump.values.map((row) => row[0])).toEqual(names);
    expect(dump.formulas.map((row) => row[0])).toEqual(names.map(() => null));
    expect(dump.formulas[0][1]).toBe("=GTM.MODEL(Channels[#All],Segments[#All])");
    expect(dump.textPrefixed.sort()).toEqual(["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A9"]);
  });

  it("the stand-in parses values as Excel does: an unguarded '=' string becomes a formula", async () => {
    const { standIn, book } = fixture();
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      range.values = [["=1+2", "'=1+2", "12", "+x"]];
      await context.sync();
    });
    const cells = [0, 1, 2, 3].map((c) => book.sheet("Sheet1")!.cell(0, c)!);
    expect(cells[0].formula).toBe("=1+2");
    expect(cells[1]).toMatchObject({ value: "=1+2", prefixed: true });
    expect(cells[1].formula).toBeUndefined();
    expect(cells[2].value).toBe(12);
    expect(cells[3].formula).toBe("=+x");
  });

  it("never writes into a user's sheet: a plan for an existing name without replace is refused", async () => {
    const { book, port } = fixture();
    userSheet(book, "GTM Sensitivity", [["my notes"]]);
    await expect(port.writeSheet(gridPlan(3))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(cellValues(book, "GTM Sensitivity", 0, 0, 1, 2)).toEqual([["my notes", ""]]);
    const info = await port.inspect();
    expect(chooseSheet(info, "GTM Sensitivity")).toEqual({
      name: "GTM Sensitivity (2)",
      replace: false,
    });
  });

  it("a re-run replaces our own sheet in place: old cells, charts and heat maps go, the position stays", async () => {
    const { book, port, syncsOf } = fixture();
    userSheet(book, "After", [["user"]]);
    const first = gridPlan(5);
    first.charts = [
      {
        type: "line",
        title: "old",
        categories: { row: 3, column: 1, rows: 1, columns: 5 },
        series: [{ name: "s", values: { row: 4, column: 1, rows: 1, columns: 5 } }],
        anchor: { row: 12, column: 0, rows: 10, columns: 6 },
      },
    ];
    await port.writeSheet(first);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "After", "GTM Sensitivity"]);
    book.sheets.unshift(book.sheets.pop()!); // the user moved it first
    const info = await port.inspect();
    const target = chooseSheet(info, "GTM Sensitivity");
    expect(target).toEqual({ name: "GTM Sensitivity", replace: true });
    const second = gridPlan(3, target.name, true);
    const syncs = await syncsOf(() => port.writeSheet(second));
    expect(syncs).toBe(1);
    expect(book.sheets.map((s) => s.name)).toEqual(["GTM Sensitivity", "Sheet1", "After"]);
    const dump = dumpSheet(book.sheet("GTM Sensitivity")!);
    expect(dump.values.length).toBe(7);
    expect(dump.values[0].length).toBe(4);
    expect(dump.charts).toEqual([]);
    expect(dump.colorScales.map((s) => s.address)).toEqual(["'GTM Sensitivity'!B5:D7"]);
  });

  it("replacing without a fresh inspect() costs one more round trip to find what to remove", async () => {
    const writer = fixture();
    const plan = gridPlan(3);
    plan.charts = [
      {
        type: "line",
        title: "old",
        categories: { row: 3, column: 1, rows: 1, columns: 3 },
        series: [{ name: "s", values: { row: 4, column: 1, rows: 1, columns: 3 } }],
        anchor: { row: 12, column: 0, rows: 10, columns: 6 },
      },
    ];
    await writer.port.writeSheet(plan);
    const other = new ExcelWorkbookPort(standInRun(writer.standIn));
    const syncs = await writer.syncsOf(() =>
      other.writeSheet(gridPlan(2, "GTM Sensitivity", true))
    );
    expect(syncs).toBe(2);
    const dump = dumpSheet(writer.book.sheet("GTM Sensitivity")!);
    expect(dump.charts).toEqual([]);
    expect(dump.values.length).toBe(6);
  });

  it("draws charts as planned: series, categories, titles, tornado crossing and reversed categories", async () => {
    const { book, port } = fixture();
    await port.writeSheet({
      name: "GTM Tornado",
      replace: false,
      blocks: [
        {
          row: 0,
          column: 0,
          cells: [
            ["Driver", "Low", "High"],
            ["Price", 10, 30],
            ["Churn", 15, 22],
          ],
        },
      ],
      charts: [
        {
          type: "barClustered",
          title: "NPV tornado",
          categories: { row: 1, column: 0, rows: 2, columns: 1 },
          series: [
            { name: "Low", values: { row: 1, column: 1, rows: 2, columns: 1 } },
            { name: "High", values: { row: 1, column: 2, rows: 2, columns: 1 } },
          ],
          xAxisTitle: "Driver",
          yAxisTitle: "NPV",
          valueFormat: '"$"#,##0',
          anchor: { row: 5, column: 0, rows: 15, columns: 8 },
          crossesAt: 20,
          reverseCategories: true,
          overlap: 100,
          gapWidth: 40,
        },
      ],
    });
    const [chart] = dumpSheet(book.sheet("GTM Tornado")!).charts;
    expect(chart).toMatchObject({
      type: "BarClustered",
      title: "NPV tornado",
      series: [
        { name: "Low", values: "'GTM Tornado'!B2:B3", categories: "'GTM Tornado'!A2:A3" },
        { name: "High", values: "'GTM Tornado'!C2:C3", categories: "'GTM Tornado'!A2:A3" },
      ],
      categoryAxis: { title: "Driver", reversePlotOrder: true, tickLabelPosition: "Low" },
      valueAxis: { title: "NPV", positionAt: 20, numberFormat: '"$"#,##0' },
      position: { start: "'GTM Tornado'!A6", end: "'GTM Tornado'!H20" },
      overlap: 100,
      gapWidth: 40,
      legendPosition: "Bottom",
    });
  });

  it("creates the planned Excel tables over the written cells", async () => {
    const { book, port } = fixture();
    await port.writeSheet({
      name: "Channels",
      replace: false,
      blocks: [
        {
          row: 0,
          column: 0,
          cells: [
            ["Channel", "Spend"],
            ["Direct sales", 40000],
          ],
          columnFormats: [null, '"$"#,##0'],
        },
      ],
      tables: [
        { name: "Channels", style: "TableStyleMedium2", row: 0, column: 0, rows: 2, columns: 2 },
      ],
    });
    expect(book.tables).toEqual([
      {
        name: "Channels",
        sheet: "Channels",
        ref: { sheet: "Channels", row: 0, column: 0, rows: 2, columns: 2 },
        style: "TableStyleMedium2",
      },
    ]);
    const read = await port.readInputs({});
    expect(read.channels?.kind).toBe("table");
    expect(read.channels?.values).toEqual([
      ["Channel", "Spend"],
      ["Direct sales", 40000],
    ]);
  });
});
