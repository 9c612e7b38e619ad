/**
 * Reading .xlsx inputs through the exceljs port: the LibreOffice workbook of the examples, tables
 * not at A1 (Excel table objects and plain ranges), percent and currency formats, formulas with
 * cached values, rich text, blank rows, error cells — each read to the same model as the JSON.
 */
import ExcelJS from "exceljs";
import { parseJson, parseTables, runModel, type ModelInput } from "../../src/model";
import { InputFailure } from "../../src/cli/errors";
import { loadModel } from "../../src/cli/load";
import { XlsxWorkbook } from "../../src/cli/xlsxWorkbook";
import { expected, inputJsonPath, LIBREOFFICE_XLSX, mismatches, tempDir } from "./helpers";
import * as fs from "node:fs";
import * as path from "node:path";

const DVP = expected("direct-vs-partner");

function jsonModel(): ModelInput {
  const outcome = parseJson(
    JSON.parse(fs.readFileSync(inputJsonPath("direct-vs-partner"), "utf8"))
  );
  if (outcome.model === null) throw new Error(outcome.errors.map((e) => e.message).join("\n"));
  return outcome.model;
}

async function readWorkbook(workbook: ExcelJS.Workbook): Promise<ReturnType<typeof parseTables>> {
  const port = new XlsxWorkbook(workbook);
  const inputs = await port.readInputs({});
  return parseTables({
    channels: inputs.channels?.values,
    segments: inputs.segments?.values,
    mix: inputs.mix?.values ?? null,
    assumptions: inputs.assumptions?.values ?? null,
    origins: {
      channels: inputs.channels?.origin,
      segments: inputs.segments?.origin,
      mix: inputs.mix?.origin,
      assumptions: inputs.assumptions?.origin,
    },
  });
}

/** Round trip through bytes, as a file on disk would be read. */
async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(bytes);
  return again;
}

describe("the LibreOffice workbook of the examples", () => {
  it("reads to the same model as the JSON and reproduces the expected result", async () => {
    const loaded = await loadModel(LIBREOFFICE_XLSX);
    expect(loaded.model).toEqual(jsonModel());
    expect(mismatches(runModel(loaded.model), DVP.result)).toEqual([]);
  });

  it("keeps the blank row inside the channel table, so addresses stay right", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(fs.readFileSync(LIBREOFFICE_XLSX)).buffer);
    const port = new XlsxWorkbook(workbook);
    const { channels } = await port.readInputs({});
    expect(channels?.address).toBe("Channels!A1:J4");
    expect(channels?.kind).toBe("sheet");
    expect(channels?.values[2]).toEqual(["", "", "", "", "", "", "", "", "", ""]);
    expect(channels?.values[1][4]).toBe(DVP.tables.channels[1][4]); // the formula's cached value
    expect(channels?.values[1][2]).toBe(DVP.tables.channels[1][2]); // currency-formatted
    // Partners sit on row 4, below the blank row: an error there names E4.
    workbook.getWorksheet("Channels")!.getCell("E4").value = 25;
    const outcome = await readWorkbook(workbook);
    expect(outcome.errors.map((e) => e.message)).toEqual([
      "Channels!E4 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25",
    ]);
  });

  it("is never modified by reading it", async () => {
    const before = fs.readFileSync(LIBREOFFICE_XLSX);
    await loadModel(LIBREOFFICE_XLSX);
    expect(fs.readFileSync(LIBREOFFICE_XLSX).equals(before)).toBe(true);
  });
});

/** `C3` → 1-based [3, 3]. */
function topLeft(ref: string): [number, number] {
  const match = /^([A-Z])([0-9]+)$/.exec(ref);
  if (match === null) throw new Error(`test helper takes single-letter refs, not ${ref}`);
  return [Number(match[2]), match[1].charCodeAt(0) - 64];
}

/** The example's tables (headers in words), written as a user's workbook would hold them. */
function addTables(
  workbook: ExcelJS.Workbook,
  place: (name: string) => { sheet: string; ref: string; table: boolean }
): void {
  const formats: Record<string, string> = {
    Spend: '"$"#,##0',
    "Cost per lead": '"$"#,##0.00',
    Conversion: "0.0%",
    "Partner margin": "0%",
    Adoption: "0.0%",
    Price: '"$"#,##0',
    "Gross margin": "0%",
    Churn: "0.0%",
  };
  for (const [key, name] of [
    ["channels", "Channels"],
    ["segments", "Segments"],
    ["mix", "Mix"],
    ["assumptions", "Assumptions"],
  ] as const) {
    const rows = DVP.tables[key] as (string | number)[][];
    const where = place(name);
    const sheet = workbook.getWorksheet(where.sheet) ?? workbook.addWorksheet(where.sheet);
    const [top, left] = topLeft(where.ref);
    if (where.table) {
      // A table object always has a header row: the assumptions get "Name | Value".
      const body = key === "assumptions" ? [["Name", "Value"], ...rows] : rows;
      const header = body[0].map((h, j) => (h === "" ? `Column${j + 1}` : String(h)));
      sheet.addTable({
        name,
        ref: where.ref,
        columns: header.map((h) => ({ name: h })),
        rows: body.slice(1).map((r) => r.map((v) => (v === "" ? null : v))),
      });
    } else {
      rows.forEach((row, i) =>
        row.forEach(
          (value, j) => (sheet.getCell(top + i, left + j).value = value === "" ? null : value)
        )
      );
    }
    rows[0].forEach((header, j) => {
      const format = formats[String(header)];
      if (format !== undefined)
        for (let i = 1; i < rows.length; i++) sheet.getCell(top + i, left + j).numFmt = format;
    });
  }
}

describe("tables that do not start at A1", () => {
  it("reads plain ranges at C3 on sheets named after the tables, with percent and currency formats", async () => {
    const workbook = new ExcelJS.Workbook();
    addTables(workbook, (name) => ({ sheet: name, ref: "C3", table: false }));
    workbook.getWorksheet("Channels")!.getCell("A1").value = null;
    const again = await reload(workbook);
    const port = new XlsxWorkbook(again);
    expect((await port.readInputs({})).channels?.address).toBe("Channels!C3:L5");
    const outcome = await readWorkbook(again);
    expect(outcome.errors).toEqual([]);
    expect(outcome.model).toEqual(jsonModel());
    expect(mismatches(runModel(outcome.model!), DVP.result)).toEqual([]);
  });

  it("reads Excel table objects anywhere in the workbook by name, at their own addresses", async () => {
    const workbook = new ExcelJS.Workbook();
    addTables(workbook, (name) => ({
      sheet: "Inputs",
      ref: { Channels: "B2", Segments: "B8", Mix: "N2", Assumptions: "N8" }[name] ?? "A1",
      table: true,
    }));
    const again = await reload(workbook);
    const inputs = await new XlsxWorkbook(again).readInputs({});
    expect(inputs.channels).toMatchObject({
      address: "Inputs!B2:K4",
      formulaRef: "Channels[#All]",
      kind: "table",
      origin: { sheet: "Inputs", row: 1, column: 1 },
    });
    expect(inputs.segments?.address).toBe("Inputs!B8:K10");
    const outcome = await readWorkbook(again);
    expect(outcome.errors).toEqual([]);
    expect(outcome.model).toEqual(jsonModel());
    // An error names the sheet cell of the table object.
    again.getWorksheet("Inputs")!.getCell("F4").value = 25;
    const bad = await readWorkbook(again);
    expect(bad.errors.map((e) => e.message)).toEqual([
      "Inputs!F4 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25",
    ]);
  });

  it("skips a title block above the table, keeps a lone header cell that is no title", async () => {
    const workbook = new ExcelJS.Workbook();
    addTables(workbook, (name) => ({
      sheet: name,
      ref: name === "Channels" ? "B4" : "A1",
      table: false,
    }));
    const channels = workbook.getWorksheet("Channels")!;
    channels.getCell("A1").value = "Channels — FY25 plan";
    channels.getCell("A2").value = "Figures per month";
    const mix = workbook.getWorksheet("Mix")!;
    mix.spliceColumns(3, 1); // the mix keeps one segment: its header row holds a single cell
    const again = await reload(workbook);
    const inputs = await new XlsxWorkbook(again).readInputs({});
    expect(inputs.channels?.address).toBe("Channels!B4:K6");
    expect(inputs.mix?.address).toBe("Mix!A1:B3");
    expect(inputs.mix?.values[0]).toEqual(["", "Enterprise"]);
    again.getWorksheet("Channels")!.getCell("F6").value = 25;
    expect((await readWorkbook(again)).errors.map((e) => e.message)).toEqual([
      "Channels!F6 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25",
    ]);
  });

  it("reads the one Excel table on a sheet of that name, whatever the table is called", async () => {
    const workbook = new ExcelJS.Workbook();
    addTables(workbook, (name) => ({ sheet: name, ref: "A1", table: false }));
    workbook.removeWorksheet(workbook.getWorksheet("Channels")!.id);
    const rows = DVP.tables.channels as (string | number)[][];
    workbook.addWorksheet("channels").addTable({
      name: "Table1",
      ref: "D3",
      columns: rows[0].map((header) => ({ name: String(header) })),
      rows: rows.slice(1).map((row) => row.map((value) => (value === "" ? null : value))),
    });
    const again = await reload(workbook);
    expect((await new XlsxWorkbook(again).readInputs({})).channels).toMatchObject({
      address: "channels!D3:M5",
      formulaRef: "Table1[#All]",
      kind: "table",
    });
    const outcome = await readWorkbook(again);
    expect(outcome.errors).toEqual([]);
    expect(outcome.model).toEqual(jsonModel());
  });

  it("leaves out an Excel table's totals row", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Inputs");
    sheet.addTable({
      name: "Segments",
      ref: "B2",
      totalsRow: true,
      columns: [
        { name: "Segment", totalsRowLabel: "Total" },
        { name: "Price", totalsRowFunction: "sum" },
        { name: "Gross margin" },
      ],
      rows: [["SMB", 49, 0.85]],
    });
    const inputs = await new XlsxWorkbook(await reload(workbook)).readInputs({});
    expect(inputs.segments?.address).toBe("Inputs!B2:D3");
    expect(inputs.segments?.values).toEqual([
      ["Segment", "Price", "Gross margin"],
      ["SMB", 49, 0.85],
    ]);
  });

  it("reads an explicit Sheet!A1:D9 binding", async () => {
    const workbook = new ExcelJS.Workbook();
    addTables(workbook, (name) => ({
      sheet: name === "Channels" ? "My data" : name,
      ref: "D5",
      table: false,
    }));
    const inputs = await new XlsxWorkbook(await reload(workbook)).readInputs({
      channels: "'My data'!D5:M7",
    });
    expect(inputs.channels).toMatchObject({
      address: "'My data'!D5:M7",
      formulaRef: "'My data'!$D$5:$M$7",
      kind: "range",
    });
    expect(inputs.channels?.values[1][0]).toBe("Direct sales");
  });
});

describe("cell contents", () => {
  async function valuesOf(fill: (sheet: ExcelJS.Worksheet) => void): Promise<unknown[][]> {
    const workbook = new ExcelJS.Workbook();
    fill(workbook.addWorksheet("Channels"));
    const inputs = await new XlsxWorkbook(await reload(workbook)).readInputs({});
    return inputs.channels?.values ?? [];
  }

  it("reads rich text as text, errors as { error }, dates as serial numbers, shared formulas by their results", async () => {
    const values = await valuesOf((sheet) => {
      sheet.getCell("A1").value = {
        richText: [{ text: "Chan", font: { bold: true } }, { text: "nel" }],
      };
      sheet.getCell("B1").value = { error: "#N/A" };
      sheet.getCell("C1").value = new Date(Date.UTC(2024, 0, 31));
      sheet.getCell("A2").value = { formula: "1+1", result: 2 };
      sheet.getCell("B2").value = { sharedFormula: "A2", result: 3 };
      sheet.getCell("C2").value = true;
    });
    expect(values).toEqual([
      ["Channel", { error: "#N/A" }, 45322],
      [2, 3, true],
    ]);
  });

  it("refuses a formula that has no saved value, naming its cell", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const workbook = new ExcelJS.Workbook();
      addTables(workbook, (name) => ({ sheet: name, ref: "A1", table: false }));
      workbook.getWorksheet("Channels")!.getCell("E2").value = { formula: "0.1*1" };
      const file = path.join(dir, "uncalculated.xlsx");
      await workbook.xlsx.writeFile(file);
      await expect(loadModel(file)).rejects.toEqual(
        new InputFailure([
          "Channels!E2: the formula =0.1*1 has no saved value — open the workbook in Excel or LibreOffice, let it calculate, and save it",
        ])
      );
    } finally {
      cleanup();
    }
  });
});
