/**
 * One driver per port for the conformance suite: the same user workbook seeded in each host's own
 * terms (a user's sheets, Excel tables, defined names), and what a cell holds read back in each
 * host's own terms. The suite then runs the same assertions on every port.
 */
import { XlsxWorkbook } from "../../src/cli/xlsxWorkbook";
import { newWorkbook } from "../../src/cli/xlsx/exceljs";
import { ExcelWorkbookPort } from "../../src/excel/excelPort";
import { createStandIn, standInRun } from "../../src/testing/office";
import { MemoryWorkbook } from "../../src/testing/memoryWorkbook";
import type { WorkbookPort } from "../../src/workbook";

export type Seed = string | number | null;

/** A cell as read back: its value (a formula's text for a formula), its number format. */
export interface CellBack {
  value: string | number | boolean | null;
  formula: string | null;
  format: string | null;
}

export interface PortDriver {
  port: WorkbookPort;
  /** A user's sheet with values from (row, column). */
  sheet(name: string, values: Seed[][], at?: { row: number; column: number }): void;
  /** An Excel table over values already on a sheet (header row included). */
  table(
    sheet: string,
    name: string,
    rect: { row: number; column: number; rows: number; columns: number }
  ): void;
  definedName(name: string, sheet: string): void;
  cell(sheet: string, row: number, column: number): CellBack;
  sheetNames(): string[];
}

const blankFormat = (format: string | undefined | null): string | null =>
  format === undefined || format === null || format === "General" ? null : format;

function memoryDriver(): PortDriver {
  const book = new MemoryWorkbook();
  return {
    port: book,
    sheet: (name, values, at) => void book.addSheet(name, values, at),
    table: (sheet, name, rect) => book.addTable(sheet, name, rect),
    definedName: (name) => void book.definedNames.push(name),
    cell(sheet, row, column) {
      const cell = book.cell(sheet, row, column);
      return {
        value: cell?.formula !== undefined ? null : ((cell?.value ?? null) as CellBack["value"]),
        formula: cell?.formula ?? null,
        format: blankFormat(cell?.format),
      };
    },
    sheetNames: () => book.sheetNames(),
  };
}

function excelDriver(): PortDriver {
  const standIn = createStandIn();
  const book = standIn.workbook;
  return {
    port: new ExcelWorkbookPort(standInRun(standIn)),
    sheet(name, values, at = { row: 0, column: 0 }) {
      const sheet = book.addSheet(name);
      values.forEach((line, r) =>
        line.forEach((value, c) => {
          if (value !== null) sheet.ensure(at.row + r, at.column + c).value = value;
        })
      );
    },
    table(sheet, name, rect) {
      book.tables.push({ name, sheet, ref: { sheet, ...rect }, style: null });
    },
    definedName(name, sheet) {
      book.names.push({ name, formula: `=${sheet}!$A$1`, comment: "" });
    },
    cell(sheet, row, column) {
      const cell = book.sheet(sheet)?.cell(row, column);
      const value = cell?.value;
      return {
        value:
          cell?.formula !== undefined || value === undefined || value === ""
            ? null
            : typeof value === "object"
              ? value.error
              : value,
        formula: cell?.formula ?? null,
        format: blankFormat(cell?.numberFormat),
      };
    },
    sheetNames: () => book.sheets.map((s) => s.name).filter((n) => n !== "Sheet1"),
  };
}

function exceljsDriver(): PortDriver {
  const workbook = newWorkbook();
  const port = new XlsxWorkbook(workbook);
  return {
    port,
    sheet(name, values, at = { row: 0, column: 0 }) {
      const sheet = workbook.addWorksheet(name);
      values.forEach((line, r) =>
        line.forEach((value, c) => {
          if (value !== null) sheet.getCell(at.row + r + 1, at.column + c + 1).value = value;
        })
      );
    },
    table(sheetName, name, rect) {
      const sheet = workbook.getWorksheet(sheetName);
      if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
      const row = (r: number): Seed[] =>
        Array.from({ length: rect.columns }, (_, c) => {
          const value = sheet.getCell(rect.row + r + 1, rect.column + c + 1).value;
          return typeof value === "string" || typeof value === "number" ? value : null;
        });
      sheet.addTable({
        name,
        ref: sheet.getCell(rect.row + 1, rect.column + 1).address,
        headerRow: true,
        columns: row(0).map((header) => ({ name: String(header) })),
        rows: Array.from({ length: rect.rows - 1 }, (_, r) => row(r + 1)),
      });
    },
    definedName(name, sheet) {
      workbook.definedNames.add(`${sheet}!$A$1`, name);
    },
    cell(sheetName, row, column) {
      const cell = workbook.getWorksheet(sheetName)?.getCell(row + 1, column + 1);
      const value: unknown = cell?.value ?? null;
      const formula =
        typeof value === "object" && value !== null && "formula" in value
          ? `=${String(value.formula)}`
          : null;
      return {
        value:
          formula !== null
            ? null
            : typeof value === "object" && value !== null && "error" in value
              ? String(value.error)
              : (value as CellBack["value"]),
        formula,
        format: blankFormat(cell?.numFmt),
      };
    },
    sheetNames: () => workbook.worksheets.map((s) => s.name),
  };
}

export const DRIVERS: [string, () => PortDriver][] = [
  ["memory", memoryDriver],
  ["Excel (Office.js over the stand-in)", excelDriver],
  ["exceljs", exceljsDriver],
];
