/**
 * Find an input table in an exceljs workbook and read it as the port's `TableData`:
 * 1. an Excel table object of that name (any sheet; its totals row left out);
 * 2. else a sheet of that name: its only Excel table if it holds exactly one, else its used range
 *    (the smallest rectangle holding every non-empty cell — a table need not start at A1), less a
 *    title block above it;
 * 3. else an explicit address such as `Inputs!C3:L9`.
 * Blank rows inside a table are kept (the model skips them), so every address stays right.
 */
import type ExcelJS from "exceljs";
import { cellRef, parseRect, parseSheetRange, sheetRef } from "../../workbook/a1";
import {
  tablePart,
  type CellValue,
  DEFAULT_TABLE_NAMES,
  type TableInputName,
  type Rect,
  type TableData,
} from "../../workbook/port";
import { bookFacts, plainCellValue, UncalculatedFormulaError } from "./cells";
import { words } from "../i18n/messages";
import type { Words } from "../i18n/words";

/** What exceljs keeps of a loaded or added table (`worksheet.tables[name].table`). */
interface TableModel {
  name: string;
  tableRef: string;
  headerRow: boolean;
  totalsRow: boolean;
}

export interface SheetTable {
  name: string;
  /** Header row and data rows; the totals row is left out. */
  rect: Rect;
}

function tableModel(entry: unknown): TableModel | null {
  if (typeof entry !== "object" || entry === null || !("table" in entry)) return null;
  const table: unknown = entry.table;
  if (typeof table !== "object" || table === null) return null;
  const name = "name" in table ? table.name : undefined;
  const ref = "tableRef" in table ? table.tableRef : undefined;
  if (typeof name !== "string" || typeof ref !== "string") return null;
  const headerRow = "headerRow" in table ? table.headerRow !== false : true;
  const totalsRow = "totalsRow" in table ? table.totalsRow === true : false;
  return { name, tableRef: ref, headerRow, totalsRow };
}

/** Excel table objects on a sheet (exceljs keeps them in `worksheet.tables`, which its typings omit). */
export function sheetTables(sheet: ExcelJS.Worksheet): SheetTable[] {
  const holder: object = sheet;
  const tables: unknown = "tables" in holder ? holder.tables : undefined;
  if (typeof tables !== "object" || tables === null) return [];
  const found: SheetTable[] = [];
  for (const entry of Object.values(tables)) {
    const model = tableModel(entry);
    const rect = model === null ? null : parseRect(model.tableRef);
    if (model === null || rect === null) continue;
    found.push({
      name: model.name,
      rect: { ...rect, rows: model.totalsRow ? rect.rows - 1 : rect.rows },
    });
  }
  return found;
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** Merged cells other than the top-left one read as blank, as Excel hands them. */
/** A cell inside a merged area that is not its top-left one: blank, as Excel reads it. */
const isMergedCopy = (cell: ExcelJS.Cell): boolean =>
  cell.isMerged && cell.master.address !== cell.address;

function rawValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  return isMergedCopy(cell) ? null : cell.value;
}

function isEmptyRaw(value: ExcelJS.CellValue): boolean {
  return value === null || value === undefined || value === "";
}

/** 0-based (row, column) of every cell holding a value or formula (formatting alone does not count). */
function filledCells(sheet: ExcelJS.Worksheet): { row: number; column: number }[] {
  const cells: { row: number; column: number }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (!isEmptyRaw(rawValue(cell))) cells.push({ row: rowNumber - 1, column: columnNumber - 1 });
    });
  });
  return cells;
}

/** The smallest rectangle holding `cells` (one pass, no spread over the data), or null. */
function boundingRect(cells: readonly { row: number; column: number }[]): Rect | null {
  if (cells.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const { row, column } of cells) {
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (column < left) left = column;
    if (column > right) right = column;
  }
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** The smallest rectangle holding every cell with a value or formula; null when the sheet is empty. */
export function usedRect(sheet: ExcelJS.Worksheet): Rect | null {
  return boundingRect(filledCells(sheet));
}

/**
 * Where the table on a sheet is: its used range, less a title block above it — leading rows that
 * each hold a single cell, ended by a blank row (`Channels` in A1, the table from A3). A lone
 * cell with no blank row under it is a header (a mix with one segment), so it stays.
 */
export function tableRect(sheet: ExcelJS.Worksheet): Rect | null {
  const cells = filledCells(sheet);
  if (cells.length === 0) return null;
  const perRow = new Map<number, number>();
  for (const cell of cells) perRow.set(cell.row, (perRow.get(cell.row) ?? 0) + 1);
  const rows = Array.from(perRow.keys()).sort((a, b) => a - b);
  const bottom = rows[rows.length - 1] as number;
  // One pass down the rows (never a rescan per title block: a sheet of lone cells stays linear).
  let first = 0;
  for (;;) {
    const top = rows[first] as number;
    let titleRows = 0;
    while (top + titleRows <= bottom && perRow.get(top + titleRows) === 1) titleRows++;
    const blankBelow = titleRows > 0 && top + titleRows <= bottom && !perRow.has(top + titleRows);
    if (!blankBelow) break;
    while ((rows[first] as number) <= top + titleRows) first++;
  }
  const top = rows[first] as number;
  return boundingRect(cells.filter((cell) => cell.row >= top));
}

/**
 * `rect` without its blank rows at the bottom and blank columns at the right (its top-left cell,
 * where the header is, stays): a range typed as `Channels!A1:XFD1048576` reads the cells that
 * exist, in memory proportional to them. At least one cell remains.
 */
export function trimRect(sheet: ExcelJS.Worksheet, rect: Rect): Rect {
  let bottom = rect.row;
  let right = rect.column;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (r < rect.row || r >= rect.row + rect.rows) return;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const c = columnNumber - 1;
      if (c < rect.column || c >= rect.column + rect.columns || isEmptyRaw(rawValue(cell))) return;
      if (r > bottom) bottom = r;
      if (c > right) right = c;
    });
  });
  return {
    row: rect.row,
    column: rect.column,
    rows: bottom - rect.row + 1,
    columns: right - rect.column + 1,
  };
}

/** The most cells one input table may span once trimmed (rows × columns), stated in the README. */
export const MAX_TABLE_CELLS = 1_000_000;

/** A table too large to read: named, with its extent, and what to do (exit 1). */
export class TableTooLargeError extends Error {
  /** The line in both languages (`message`: the English). */
  constructor(readonly line: Words) {
    super(line.en);
    this.name = "TableTooLargeError";
  }
}

function checkTableSize(sheet: ExcelJS.Worksheet, rect: Rect, input: TableInputName): void {
  const cells = rect.rows * rect.columns;
  if (cells <= MAX_TABLE_CELLS) return;
  const corner = cellRef(rect.row + rect.rows - 1, rect.column + rect.columns - 1);
  const n = (x: number): string => x.toLocaleString("en-US");
  throw new TableTooLargeError(
    words(
      "tableTooLarge",
      sheetRef(sheet.name, rect),
      DEFAULT_TABLE_NAMES[input],
      n(rect.rows),
      n(rect.columns),
      n(MAX_TABLE_CELLS),
      corner,
      input
    )
  );
}

/**
 * The non-empty cells inside `rect` (0-based positions), reading only the cells that exist: a
 * formula as its text (`=…`), anything else as its plain value. For the ownership content check.
 */
export function cellsIn(
  sheet: ExcelJS.Worksheet,
  rect: Rect
): { row: number; column: number; value: CellValue }[] {
  const found: { row: number; column: number; value: CellValue }[] = [];
  const book = bookFacts(sheet.workbook);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (r < rect.row || r >= rect.row + rect.rows) return;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const c = columnNumber - 1;
      if (c < rect.column || c >= rect.column + rect.columns || isMergedCopy(cell)) return;
      const raw = cell.value;
      const value: CellValue =
        typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw)
          ? `=${cell.formula}`
          : plainCellValue(cell, cell.address, "blank", book);
      if (value !== "") found.push({ row: r, column: c, value });
    });
  });
  return found;
}

/**
 * Plain values of a rectangle (row by row). `uncalculated`: what a formula without a saved value
 * gives — `refuse` throws `UncalculatedFormulaError` naming every such cell (inputs), `blank` reads it as "" (the
 * ownership header, where only our own text matters).
 */
export function readValues(
  sheet: ExcelJS.Worksheet,
  rect: Rect,
  uncalculated: "refuse" | "blank" = "refuse"
): CellValue[][] {
  const values: CellValue[][] = [];
  const book = bookFacts(sheet.workbook);
  const uncalculatedLines: Words[] = [];
  const read = (cell: ExcelJS.Cell): CellValue => {
    try {
      return plainCellValue(cell, `${sheet.name}!${cell.address}`, uncalculated, book);
    } catch (error) {
      if (!(error instanceof UncalculatedFormulaError)) throw error;
      for (const line of error.texts) uncalculatedLines.push(line);
      return "";
    }
  };
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    const row = sheet.findRow(r + 1);
    const line: CellValue[] = [];
    for (let c = rect.column; c < rect.column + rect.columns; c++) {
      const cell = row?.findCell(c + 1);
      line.push(cell === undefined || isMergedCopy(cell) ? "" : read(cell));
    }
    values.push(line);
  }
  if (uncalculatedLines.length > 0) throw new UncalculatedFormulaError(uncalculatedLines);
  return values;
}

function tableData(
  sheet: ExcelJS.Worksheet,
  whole: Rect,
  kind: TableData["kind"],
  input: TableInputName
): TableData {
  const rect = trimRect(sheet, whole);
  checkTableSize(sheet, rect, input);
  return {
    values: readValues(sheet, rect),
    origin: { sheet: sheet.name, row: rect.row, column: rect.column },
    address: sheetRef(sheet.name, rect),
    formulaRef: sheetRef(sheet.name, rect, true),
    kind,
  };
}

/** An Excel table object, read as the port's `tablePart` says (assumptions: the data body only). */
function tableObjectData(
  sheet: ExcelJS.Worksheet,
  table: SheetTable,
  input: TableInputName
): TableData {
  const part = tablePart(input);
  const rect =
    part.skipHeader && table.rect.rows > 1
      ? { ...table.rect, row: table.rect.row + 1, rows: table.rect.rows - 1 }
      : table.rect;
  return {
    ...tableData(sheet, rect, "table", input),
    formulaRef: `${table.name}${part.specifier}`,
  };
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sameName(sheet.name, name));
}

/**
 * Read the input bound to `binding` (a table name, a sheet name or a `Sheet!A1:D9` address).
 * Returns null when nothing of that name exists. An empty sheet reads as an empty table.
 */
export function readBinding(
  workbook: ExcelJS.Workbook,
  binding: string,
  input: TableInputName
): TableData | null {
  for (const sheet of workbook.worksheets) {
    const table = sheetTables(sheet).find((candidate) => sameName(candidate.name, binding));
    if (table !== undefined) return tableObjectData(sheet, table, input);
  }
  const sheet = findSheet(workbook, binding);
  if (sheet !== undefined) {
    const tables = sheetTables(sheet);
    if (tables.length === 1) return tableObjectData(sheet, tables[0], input);
    const used = tableRect(sheet);
    if (used === null) {
      const a1: Rect = { row: 0, column: 0, rows: 1, columns: 1 };
      return {
        values: [],
        origin: { sheet: sheet.name, row: 0, column: 0 },
        address: sheetRef(sheet.name, a1),
        formulaRef: sheetRef(sheet.name, a1, true),
        kind: "sheet",
      };
    }
    return tableData(sheet, used, "sheet", input);
  }
  const address = parseSheetRange(binding);
  const target = address === null ? undefined : findSheet(workbook, address.sheet);
  if (address !== null && target !== undefined)
    return tableData(target, address.rect, "range", input);
  return null;
}
