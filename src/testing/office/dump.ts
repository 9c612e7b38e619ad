/**
 * A plain-data picture of the stand-in's workbook (JSON-safe): what the browser tests assert and
 * what the preview page renders. Grids start at A1 and reach the last used cell.
 */
import { cellRef, columnLetters } from "../../workbook/a1";
import {
  ChartRecord,
  ColorScaleRecord,
  MemorySheet,
  MemoryWorkbook,
  NameRecord,
  rangeAddress,
  StoredValue,
  TableRecord,
} from "./workbook";

export type DumpValue = string | number | boolean | null;

export interface SheetDump {
  name: string;
  /** `values[r][c]`: null for an empty cell, `"#N/A"` for an error. */
  values: DumpValue[][];
  /** The formula text of formula cells, null elsewhere. */
  formulas: (string | null)[][];
  numberFormats: string[][];
  /** Cells written as text with a leading apostrophe, by address (`A2`). */
  textPrefixed: string[];
  bold: string[];
  fills: Record<string, string>;
  columnWidths: Record<string, number>;
  charts: ChartRecord[];
  colorScales: ColorScaleRecord[];
  freeze: { rows: number; columns: number } | null;
}

export interface WorkbookDump {
  sheets: SheetDump[];
  tables: (Omit<TableRecord, "ref"> & { address: string })[];
  names: NameRecord[];
  activeSheet: string | null;
  selection: string | null;
  syncs: number;
}

function shown(value: StoredValue | ""): DumpValue {
  if (value === "") return null;
  return typeof value === "object" ? value.error : value;
}

export function dumpSheet(sheet: MemorySheet): SheetDump {
  const used = sheet.usedRange(false);
  const rows = used === null ? 0 : used.row + used.rows;
  const columns = used === null ? 0 : used.column + used.columns;
  const grid = <V>(read: (row: number, column: number) => V): V[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => read(r, c)));
  const textPrefixed: string[] = [];
  const bold: string[] = [];
  const fills: Record<string, string> = {};
  for (const [key, cell] of sheet.cells) {
    const [row, column] = key.split(",").map(Number);
    const name = cellRef(row, column);
    if (cell.prefixed === true) textPrefixed.push(name);
    if (cell.style.bold === true) bold.push(name);
    if (cell.style.fill !== undefined) fills[name] = cell.style.fill;
  }
  const columnWidths: Record<string, number> = {};
  for (const [column, width] of sheet.columnWidths) columnWidths[columnLetters(column)] = width;
  return {
    name: sheet.name,
    values: grid((r, c) => {
      const cell = sheet.cell(r, c);
      return cell === undefined ? null : shown(cell.value);
    }),
    formulas: grid((r, c) => sheet.cell(r, c)?.formula ?? null),
    numberFormats: grid((r, c) => sheet.cell(r, c)?.numberFormat ?? "General"),
    textPrefixed,
    bold,
    fills,
    columnWidths,
    charts: JSON.parse(JSON.stringify(sheet.charts)) as ChartRecord[],
    colorScales: JSON.parse(JSON.stringify(sheet.colorScales)) as ColorScaleRecord[],
    freeze: sheet.freeze,
  };
}

export function dumpWorkbook(book: MemoryWorkbook): WorkbookDump {
  return {
    sheets: book.sheets.map(dumpSheet),
    tables: book.tables.map(({ ref, ...rest }) => ({ ...rest, address: rangeAddress(ref) })),
    names: book.names.map((record) => ({ ...record })),
    activeSheet: book.activeSheet,
    selection: book.selection === null ? null : rangeAddress(book.selection),
    syncs: book.syncs,
  };
}
