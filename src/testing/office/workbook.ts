/**
 * The in-memory workbook behind the Excel stand-in: sheets of cells with values, formulas, number
 * formats and styles; tables, workbook names, charts, colour scales. Plain data plus the few rules
 * of how Excel turns what is written into what a cell holds (a string starting with `=` becomes a
 * formula, a leading apostrophe keeps text as text, `"12"` becomes the number 12…).
 * Used by the browser tests, the preview page and the unit tests of src/excel/.
 */
import { EXCEL_ERRORS } from "../../model/cells";
import { parseRect, quoteSheet, sheetRef } from "../../workbook/a1";

export type ErrorValue = { error: string };
export type StoredValue = string | number | boolean | ErrorValue;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: string;
  fontColor?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
  /** Border style per edge, e.g. `{ EdgeBottom: "Continuous" }`. */
  borders?: Record<string, string>;
}

export interface Cell {
  /** What the cell shows (for a formula: its computed value, or `""` when nothing computed it). */
  value: StoredValue | "";
  /** The formula text (`=SUM(A1:A3)`) when the cell holds one. */
  formula?: string;
  /** Text entered with Excel's leading-apostrophe prefix. */
  prefixed?: boolean;
  /** A value spilled from the formula at this cell key (`row,column`), when formulas are calculated. */
  spilledFrom?: string;
  numberFormat: string;
  style: CellStyle;
}

export interface RangeRef {
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface ChartSeriesRecord {
  name: string;
  values: string | null;
  categories: string | null;
}

export interface ChartAxisRecord {
  title: string | null;
  reversePlotOrder: boolean;
  /** Where the other axis crosses (`setPositionAt`). */
  positionAt: number | null;
  numberFormat: string | null;
  tickLabelPosition: string | null;
}

export interface ChartRecord {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  series: ChartSeriesRecord[];
  categoryAxis: ChartAxisRecord;
  valueAxis: ChartAxisRecord;
  position: { start: string; end: string } | null;
  legendPosition: string | null;
  overlap: number | null;
  gapWidth: number | null;
}

export interface ColorScaleRecord {
  address: string;
  criteria: unknown;
}

export interface TableRecord {
  name: string;
  sheet: string;
  ref: RangeRef;
  style: string | null;
}

export interface NameRecord {
  name: string;
  /** The reference, e.g. `='GTM Results'!$A$1`. */
  formula: string;
  comment: string;
}

export class MemorySheet {
  name: string;
  readonly id: number;
  readonly cells = new Map<string, Cell>();
  readonly columnWidths = new Map<number, number>();
  readonly charts: ChartRecord[] = [];
  readonly colorScales: ColorScaleRecord[] = [];
  freeze: { rows: number; columns: number } | null = null;
  /** Whether the sheet is protected (`worksheet.protection.protected`). */
  isProtected = false;

  constructor(name: string, id: number) {
    this.name = name;
    this.id = id;
  }

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** The cell, created blank when missing (for writing). */
  ensure(row: number, column: number): Cell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = { value: "", numberFormat: "General", style: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Bounding box of the cells holding a value (valuesOnly) or anything at all; null when empty. */
  usedRange(valuesOnly: boolean): RangeRef | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const used =
        cell.value !== "" ||
        cell.formula !== undefined ||
        (!valuesOnly && (cell.numberFormat !== "General" || Object.keys(cell.style).length > 0));
      if (!used) continue;
      const [row, column] = key.split(",").map(Number);
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    if (bottom < 0) return null;
    return {
      sheet: this.name,
      row: top,
      column: left,
      rows: bottom - top + 1,
      columns: right - left + 1,
    };
  }
}

/** Listener called after every batch that changed the workbook. */
export type ChangeListener = () => void;

/** Result of a formula: one value or a spill; null when the formula is not one the evaluator knows. */
export type FormulaResult = StoredValue | StoredValue[][] | null;

/** Calculates a formula (the preview page plugs in the real GTM functions); formulas are text otherwise. */
export type FormulaEvaluator = (
  formula: string,
  sheet: MemorySheet,
  book: MemoryWorkbook
) => FormulaResult;

/** A custom XML part stored in the workbook (`workbook.customXmlParts`). */
export interface CustomXmlPartRecord {
  id: string;
  namespaceUri: string;
  xml: string;
}

export type CalculationModeName = "Automatic" | "AutomaticExceptTables" | "Manual";

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  readonly tables: TableRecord[] = [];
  readonly names: NameRecord[] = [];
  activeSheet: string | null = null;
  selection: RangeRef | null = null;
  /** A selection of several areas (Ctrl+click): more than one entry; `selection` is the first. */
  selectedAreas: RangeRef[] = [];
  /** Round trips made by every context of this workbook. */
  syncs = 0;
  /** When set, formulas are calculated after every batch (Excel's automatic calculation). */
  evaluator: FormulaEvaluator | null = null;
  /** `application.calculationMode`: in Manual, a batch does not recalculate unless asked to. */
  calculationMode: CalculationModeName = "Automatic";
  /** Counts calculation passes (a formula engine keeps its results per pass). */
  calcPass = 0;
  readonly customXmlParts: CustomXmlPartRecord[] = [];
  private nextId = 1;
  private readonly listeners: ChangeListener[] = [];

  sheet(name: string): MemorySheet | null {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted) ?? null;
  }

  addSheet(name: string): MemorySheet {
    if (!isValidSheetName(name))
      throw excelError("InvalidArgument", `The sheet name ${name} is not valid.`);
    if (this.sheet(name) !== null)
      throw excelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    const sheet = new MemorySheet(name, this.nextId++);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: MemorySheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw excelError("ItemNotFound", `The sheet ${sheet.name} does not exist.`);
    if (this.sheets.length === 1)
      throw excelError("InvalidOperation", "A workbook must keep at least one sheet.");
    this.sheets.splice(index, 1);
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i].sheet === sheet.name) this.tables.splice(i, 1);
    for (const name of this.names) {
      if (name.formula.includes(`${quoteSheet(sheet.name)}!`)) name.formula = "=#REF!";
    }
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets[0].name;
  }

  renameSheet(sheet: MemorySheet, name: string): void {
    if (!isValidSheetName(name))
      throw excelError("InvalidArgument", `The sheet name ${name} is not valid.`);
    const other = this.sheet(name);
    if (other !== null && other !== sheet)
      throw excelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    const oldPrefix = `${quoteSheet(sheet.name)}!`;
    for (const table of this.tables) if (table.sheet === sheet.name) table.sheet = name;
    for (const record of this.names)
      record.formula = record.formula.split(oldPrefix).join(`${quoteSheet(name)}!`);
    if (this.activeSheet === sheet.name) this.activeSheet = name;
    sheet.name = name;
  }

  table(name: string): TableRecord | null {
    const wanted = name.toLowerCase();
    return this.tables.find((table) => table.name.toLowerCase() === wanted) ?? null;
  }

  name(name: string): NameRecord | null {
    const wanted = name.toLowerCase();
    return this.names.find((record) => record.name.toLowerCase() === wanted) ?? null;
  }

  /** Call `listener` after every batch; returns the function that stops it. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }
}

export interface ExcelLikeError extends Error {
  code: string;
}

export function excelError(code: string, message: string): ExcelLikeError {
  const error = new Error(message) as ExcelLikeError;
  error.name = "RichApi.Error";
  error.code = code;
  return error;
}

/**
 * Excel's sheet-name rules: 1 to 31 characters, none of `: \\ / ? * [ ]`, no apostrophe first or
 * last, and not the reserved name `History`. Excel refuses others with InvalidArgument.
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.toLowerCase() !== "history" &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

/** `'My sheet'!B2:C3` for a range reference (a single cell: `'My sheet'!B2`). */
export function rangeAddress(ref: RangeRef): string {
  return sheetRef(ref.sheet, ref);
}

/** `B2:C3` (or `B2`, `$B$2`) on a sheet → a range reference; throws on anything else. */
export function parseCells(sheet: string, cells: string): RangeRef {
  const rect = parseRect(cells);
  if (rect === null) throw excelError("InvalidArgument", `The address ${cells} is not valid.`);
  return { sheet, ...rect };
}

/** What a value written through `range.values` / `range.formulas` becomes, as Excel parses it. */
export type Entered =
  | { kind: "skip" }
  | { kind: "clear" }
  | { kind: "value"; value: StoredValue; prefixed?: boolean }
  | { kind: "formula"; formula: string };

export function parseEntry(input: unknown, numberFormat: string): Entered {
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw excelError(
        "InvalidArgument",
        `The value ${String(input)} cannot be written to a cell.`
      );
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string")
    throw excelError("InvalidArgument", "A cell value must be a number, text or a boolean.");
  if (input === "") return { kind: "clear" };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1), prefixed: true };
  if (numberFormat === "@") return { kind: "value", value: input };
  if (input.startsWith("=")) return { kind: "formula", formula: input };
  const upper = input.trim().toUpperCase();
  if (EXCEL_ERRORS.includes(upper)) return { kind: "value", value: { error: upper } };
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  const numeric = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(%?)\s*$/i.exec(input);
  if (numeric !== null)
    return { kind: "value", value: Number(numeric[1]) / (numeric[2] === "%" ? 100 : 1) };
  // Excel reads `+x`, `-x` and `@x` as the start of a formula.
  if (/^[+\-@]/.test(input)) return { kind: "formula", formula: `=${input.replace(/^@/, "")}` };
  return { kind: "value", value: input };
}

/** Apply what was entered to a cell (Excel's semantics for values and formulas). */
export function enter(cell: Cell, entered: Entered): void {
  if (entered.kind !== "skip") delete cell.spilledFrom;
  switch (entered.kind) {
    case "skip":
      return;
    case "clear":
      cell.value = "";
      delete cell.formula;
      delete cell.prefixed;
      return;
    case "value":
      cell.value = entered.value;
      delete cell.formula;
      if (entered.prefixed === true) cell.prefixed = true;
      else delete cell.prefixed;
      return;
    case "formula":
      cell.formula = entered.formula;
      cell.value = "";
      delete cell.prefixed;
      return;
  }
}
