/**
 * The workbook port: the few operations every host (Excel through Office.js, .xlsx files through
 * exceljs, the in-memory workbook of the tests and the preview page) provides. The services in
 * this folder describe WHAT to write as plain data (`SheetPlan`); each host applies a plan in as
 * few round trips as it can. No Office.js, DOM or Node here.
 */
import type { TableOrigin } from "../model";

/** A value as it sits in a cell. Errors (`#N/A`, `#VALUE!`…) are read as `{ error: "#N/A" }`. */
export type CellValue = string | number | boolean | null | { error: string };

/** A rectangular table read from the workbook, with where it sits (for error addresses). */
export interface TableData {
  /** Header row first; blanks as "" (as Excel hands them). */
  values: CellValue[][];
  origin: TableOrigin;
  /** e.g. `Channels!A1:J3`, shown to the user. */
  address: string;
  /** `table` when it is an Excel table object, `sheet` when read from a sheet's used range at A1. */
  kind: "table" | "sheet" | "range";
}

export type InputName = "channels" | "segments" | "mix" | "assumptions";

/** Where each input lives: an Excel table or sheet name, or an explicit range address `Sheet!A1:D9`. */
export type InputBindings = Partial<Record<InputName, string>>;

export type ReadInputs = Partial<Record<InputName, TableData>>;

/** A number format in Excel's syntax, e.g. `"$"#,##0`, `0.0%`, `0.00`. */
export type NumberFormat = string;

/** One cell to write. Text is ALWAYS written as text (never parsed as a formula); formulas are explicit. */
export type CellWrite = CellValue | { formula: string };

/** A rectangle of cells at a 0-based (row, column) on the plan's sheet. */
export interface Block {
  row: number;
  column: number;
  cells: CellWrite[][];
  /** One format for the whole block, per column (`columnFormats[j]`), or per cell. */
  numberFormat?: NumberFormat;
  columnFormats?: (NumberFormat | null)[];
  cellFormats?: (NumberFormat | null)[][];
  style?: BlockStyle;
}

export interface BlockStyle {
  bold?: boolean;
  italic?: boolean;
  /** Fill colour `#RRGGBB`. */
  fill?: string;
  fontColor?: string;
  horizontalAlignment?: "left" | "center" | "right";
  wrap?: boolean;
  border?: "bottom" | "top" | "box";
}

/** A three-colour scale over a range of the plan's sheet (a heat map). */
export interface ColorScale {
  row: number;
  column: number;
  rows: number;
  columns: number;
  low: string;
  mid: string;
  high: string;
}

export interface ChartSeries {
  name: string;
  /** 0-based position of the values on the plan's sheet: a single column or row. */
  values: { row: number; column: number; rows: number; columns: number };
}

export interface ChartPlan {
  type: "line" | "barClustered" | "barStacked" | "columnClustered";
  title: string;
  categories: { row: number; column: number; rows: number; columns: number };
  series: ChartSeries[];
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** Where the chart is placed (top-left cell) and its size in cells. */
  anchor: { row: number; column: number; rows: number; columns: number };
  /** For tornado charts: bars centred on this value (the category axis crosses there). */
  crossesAt?: number;
  reverseCategories?: boolean;
}

/** Everything one output sheet holds. Built by the services, applied by a host. */
export interface SheetPlan {
  /** Preferred sheet name; the host picks a free variant if a sheet we do not own has it. */
  name: string;
  blocks: Block[];
  colorScales?: ColorScale[];
  charts?: ChartPlan[];
  columnWidths?: { column: number; width: number }[];
  freeze?: { rows: number; columns: number };
  /** A cell to outline (the baseline cell of a sensitivity grid). */
  highlights?: { row: number; column: number; fill: string }[];
}

export interface WrittenSheet {
  name: string;
  /** e.g. `'GTM Results'!A1:N40`. */
  address: string;
}

/**
 * The operations a host provides. Every method is one logical step; hosts batch their round trips
 * (Excel: reading all inputs is one `context.sync()`, writing a plan at most three).
 */
export interface WorkbookPort {
  /** Read the named inputs (tables by name, else sheets by name with the table at A1, else addresses). */
  readInputs(bindings: InputBindings): Promise<ReadInputs>;
  /** Names of every sheet, in order. */
  sheetNames(): Promise<string[]>;
  /**
   * Write a sheet: a re-run replaces a sheet this add-in created earlier under the same name;
   * a sheet the user owns is never touched (a free name such as `GTM Results (2)` is used).
   */
  writeSheet(plan: SheetPlan): Promise<WrittenSheet>;
  /** Create a NEW sheet holding an Excel table (for the sample). Never touches an existing sheet. */
  addTableSheet(plan: SheetPlan, table: { name: string; row: number; column: number; rows: number; columns: number }): Promise<WrittenSheet>;
}
