/**
 * The workbook port: the few operations every host (Excel through Office.js, .xlsx files through
 * exceljs, the in-memory workbook of the tests and the preview page) provides. The services in
 * this folder describe WHAT to write as plain data (`SheetPlan`); each host applies a plan in as
 * few round trips as it can. No Office.js, DOM or Node here.
 *
 * ## What every host MUST do when it applies a `SheetPlan`
 * 1. **Text stays text.** A `string` in `Block.cells` is stored as a text cell, whatever it looks
 *    like (`=SUM(A1)`, `+1`, `-x`, `@x`, `2024`, `1/2`). Formulas come ONLY from `{ formula }`.
 *    - Office.js: `range.values` turns a string starting with `=` into a formula (and coerces
 *      `2024` to a number): write every string cell for which `needsTextGuard(text)` is true
 *      with a leading apostrophe (`"'" + text`), or set that cell's `numberFormat` to `"@"`
 *      before assigning the value. Formulas go through `range.formulas` (en-US syntax).
 *    - exceljs: `cell.value = text` is always text; `{ formula }` → `cell.value = { formula: f.slice(1) }`
 *      (exceljs stores formulas without the leading `=`).
 * 2. **Null is an empty cell.** `null` clears the cell; numbers in a plan are always finite
 *    (`checkPlan` enforces it before anything is written).
 * 3. **Ownership.** Services choose the target with `inspect()` + `chooseSheet()` (ownership.ts):
 *    - `plan.replace === false`: create a NEW sheet named `plan.name`, placed last. If a sheet of
 *      that name exists the host throws (it must never write into it).
 *    - `plan.replace === true`: the sheet exists and carries our marker: remove everything on it
 *      (cells, formats, tables, charts, conditional formats) — or delete and re-create it at the
 *      same position — then write the plan.
 *    The marker that survives a save in every host is the sheet's own content: cell A1 starts with
 *    `OWNER_TITLE_PREFIX` and the audit rows below it (column A label `Written range`, column B an
 *    A1 range) record the rectangle we wrote. `inspect()` reads, per sheet, the values of
 *    `OWNER_HEADER` (A1:B12) and the address of the used range (VALUES ONLY: formatting alone
 *    does not count). A sheet whose used range reaches beyond its recorded range holds a user's
 *    cell, so it is no longer ours and is never replaced.
 * 4. **Tables** (`plan.tables`): an Excel table object over the given rectangle (header row
 *    included), with the given name and style, created after the cells are written.
 * 5. **Blocks**: hosts with request limits (Excel on the web, 5 MB) split blocks with
 *    `splitBlock(block, maxCells)` and may sync several blocks together.
 * 6. **Charts, colour scales, highlights** are positioned on the plan's own sheet. A host that
 *    cannot draw charts (exceljs) skips `plan.charts` and says so in its documentation; cells,
 *    formats, colour scales and highlights are still written.
 *
 * ## Reading inputs (`readInputs`)
 * For each input: a binding naming an Excel table, else a sheet (the table at A1, its used range),
 * else an address `Sheet!A1:D9`; without a binding the default name (`Channels`…) as a table, then
 * as a sheet. An Excel table is read as `tablePart(input)` says (assumptions without the table's
 * header row). Values as Excel holds them (formulas as their results, blanks as `""`); `origin`
 * is the top-left cell actually read, so the model's error messages name the right cells.
 */
import type { TableOrigin } from "../model";

/** A value as it sits in a cell. Errors (`#N/A`, `#VALUE!`…) are read as `{ error: "#N/A" }`. */
export type CellValue = string | number | boolean | null | { error: string };

/** A rectangle on a sheet: 0-based top-left, size in cells. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A rectangular table read from the workbook, with where it sits (for error addresses). */
export interface TableData {
  /** Header row first; blanks as "" (as Excel hands them). Formulas are read as their values. */
  values: CellValue[][];
  origin: TableOrigin;
  /** e.g. `Channels!A1:J3`, shown to the user (sheet name quoted when it needs it). */
  address: string;
  /**
   * How a formula refers to it: `Channels[#All]` for an Excel table (`Assumptions[#Data]`, see
   * `tablePart`), `'My sheet'!$A$1:$J$3` otherwise. Live formulas (`GTM.MODEL(...)`) are built from these.
   */
  formulaRef: string;
  /** `table` when it is an Excel table object, `sheet` when read from a sheet's used range at A1, `range` for an address. */
  kind: "table" | "sheet" | "range";
}

export type InputName = "channels" | "segments" | "mix" | "assumptions";

/** The optional tables the analyses read beside the model (spec §6 scenarios, §8 bounds, §9). */
export type DecisionInputName = "scenarios" | "bounds" | "uncertainty" | "correlations";

/** Every table a host reads by name: the model's inputs and the analyses' tables. */
export type TableInputName = InputName | DecisionInputName;

/**
 * How much of an Excel TABLE OBJECT a host reads for an input, and how a formula refers to it.
 * The assumptions table is a two-column list of name and value: an Excel table always has a
 * header row (`Assumption | Value`), which is not an assumption and would raise a warning on
 * every run (spec §1), so hosts read its data body (`Name[#Data]`, origin one row down). Every
 * other input is read whole with its header (`Name[#All]`). Sheets and ranges are always read
 * whole: a header row typed there is reported as the spec says.
 */
export function tablePart(input: TableInputName): {
  skipHeader: boolean;
  specifier: "[#All]" | "[#Data]";
} {
  return input === "assumptions"
    ? { skipHeader: true, specifier: "[#Data]" }
    : { skipHeader: false, specifier: "[#All]" };
}

export const INPUT_NAMES: readonly InputName[] = ["channels", "segments", "mix", "assumptions"];

export const DECISION_INPUT_NAMES: readonly DecisionInputName[] = [
  "scenarios",
  "bounds",
  "uncertainty",
  "correlations",
];

/** The name each table is looked up by when it has no binding: as an Excel table, then a sheet. */
export const DEFAULT_TABLE_NAMES: Record<TableInputName, string> = {
  channels: "Channels",
  segments: "Segments",
  mix: "Mix",
  assumptions: "Assumptions",
  scenarios: "Scenarios",
  bounds: "Bounds",
  uncertainty: "Uncertainty",
  correlations: "Correlations",
};

/**
 * Where each input lives: an Excel table name, a sheet name (table at A1), or an explicit range
 * address `Sheet!A1:D9`. A missing entry means the default name (`Channels`, `Segments`, `Mix`,
 * `Assumptions`), looked up as a table first, then as a sheet.
 */
export type InputBindings = Partial<Record<TableInputName, string>>;

/** The inputs found. `mix` and `assumptions` are optional; a missing required input is absent here. */
export type ReadInputs = Partial<Record<TableInputName, TableData>>;

/** A number format in Excel's syntax, e.g. `"$"#,##0`, `0.0%`, `#,##0.0`. Never `General` for figures. */
export type NumberFormat = string;

/** One cell to write. Text is ALWAYS written as text (never parsed as a formula); formulas are explicit. */
export type CellWrite = CellValue | { formula: string };

/** A rectangle of cells at a 0-based (row, column) on the plan's sheet. */
export interface Block {
  row: number;
  column: number;
  /** Rows of equal length. */
  cells: CellWrite[][];
  /** One format for the whole block, per column (`columnFormats[j]`), or per cell; the most specific wins. */
  numberFormat?: NumberFormat;
  columnFormats?: (NumberFormat | null)[];
  cellFormats?: (NumberFormat | null)[][];
  /**
   * A formula's spill is formatted ahead of time: the rectangle starting at this block that the
   * spill will cover (the block itself holds only the formula cell). Formats apply to it.
   */
  spill?: { rows: number; columns: number };
  style?: BlockStyle;
  /**
   * Style of the first row of the block's rectangle, over `style`: the header row a live formula
   * spills (`GTM.MODEL`'s column names) styled as a header row written as values is.
   */
  headerStyle?: BlockStyle;
}

export interface BlockStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (titles). */
  size?: number;
  /** Fill colour `#RRGGBB`. */
  fill?: string;
  fontColor?: string;
  horizontalAlignment?: "left" | "center" | "right";
  wrap?: boolean;
  border?: "bottom" | "top" | "box";
}

/** A three-colour scale over a range of the plan's sheet (a heat map): min, 50th percentile, max. */
export interface ColorScale extends Rect {
  low: string;
  mid: string;
  high: string;
}

export interface ChartSeries {
  name: string;
  /** 0-based position of the values on the plan's sheet: a single column or row. */
  values: Rect;
}

export interface ChartPlan {
  type: "line" | "barClustered" | "columnClustered";
  title: string;
  /** The category labels (periods, driver names) on the plan's sheet. */
  categories: Rect;
  series: ChartSeries[];
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** Number format of the value axis. */
  valueFormat?: NumberFormat;
  /** Where the chart is placed (top-left cell) and its size in cells. */
  anchor: Rect;
  /**
   * Tornado charts: the category axis crosses the value axis at this value, so every bar grows
   * from it (Office.js: `chart.axes.valueAxis.setPositionAt(crossesAt)`), and category labels sit
   * at the low end (`categoryAxis.tickLabelPosition = "Low"`).
   */
  crossesAt?: number;
  /** Plot the first category at the top (bar charts otherwise draw it at the bottom). */
  reverseCategories?: boolean;
  /** Series overlap in percent (100: the low and high bars of a tornado share one row). */
  overlap?: number;
  gapWidth?: number;
}

/** An Excel table object on the plan's sheet (the sample's inputs). */
export interface TablePlan extends Rect {
  /** A valid, workbook-unique table name (see `freeTableName`). */
  name: string;
  /** e.g. `TableStyleMedium2`. */
  style: string;
}

/** How a sheet prints. */
export interface PageSetup {
  orientation: "landscape" | "portrait";
  /** Pages wide the sheet is scaled to fit on (1: one page wide); the height follows. */
  fitToPagesWide: number;
}

/** Everything one output sheet holds. Built by the services, applied by a host. */
export interface SheetPlan {
  /** The sheet name, already chosen free (or ours) by `chooseSheet`. */
  name: string;
  /** true: `name` is a sheet we wrote before: clear it and write. false: create a new sheet. */
  replace: boolean;
  blocks: Block[];
  tables?: TablePlan[];
  colorScales?: ColorScale[];
  charts?: ChartPlan[];
  /**
   * Widths in characters (Excel's column width unit), computed from the content (`contentWidths`,
   * widths.ts) so every host sets the same ones.
   */
  columnWidths?: { column: number; width: number }[];
  /**
   * Frozen panes: the top `rows` and the left `columns` stay in view when scrolling (a long
   * table's header row and first column). Office.js `worksheet.freezePanes` (ExcelApi 1.7),
   * exceljs `views: [{ state: "frozen", xSplit, ySplit }]`.
   */
  freeze?: { rows: number; columns: number };
  /**
   * Print set-up: the orientation, and how many pages wide the sheet prints (scaled to fit; as
   * many pages tall as it needs). Office.js `worksheet.pageLayout` (ExcelApi 1.9), exceljs
   * `pageSetup`.
   */
  page?: PageSetup;
  /**
   * Cells to mark (the baseline cell of a sensitivity grid): fill them with `fill` (a light colour,
   * text stays readable), draw a box border and make the font bold. Under a colour scale Excel
   * shows the scale's colour instead of the fill, so the border and bold are what must show.
   */
  highlights?: { row: number; column: number; fill: string }[];
}

export interface WrittenSheet {
  name: string;
  /** e.g. `'GTM Results'!A1:N40`. */
  address: string;
}

/** What `inspect()` tells about one sheet. */
export interface SheetInfo {
  name: string;
  /** Values of `OWNER_HEADER` (A1:B12), blanks as "" or null. */
  header: CellValue[][];
  /** Rectangle of the cells holding a value or formula; null when the sheet is empty. */
  used: Rect | null;
  /**
   * Optional: the non-empty cells inside the rectangle the ownership header records (a formula as
   * its text, `=…`). A host that gives them lets ownership.ts find a user's edit INSIDE the
   * written range as well; without them only edits outside it are seen.
   */
  content?: { row: number; column: number; value: CellValue }[];
}

export interface WorkbookInfo {
  /** Every sheet, in order. */
  sheets: SheetInfo[];
  /** Every Excel table name in the workbook. */
  tables: string[];
  /**
   * Every workbook-scoped defined name (tables and defined names share one namespace in Excel, so
   * a new table must avoid both). Absent when a host has none to report.
   */
  names?: string[];
}

/** The ownership header every host reads in `inspect()`: A1:B12. */
export const OWNER_HEADER: Rect = { row: 0, column: 0, rows: 12, columns: 2 };

/**
 * The operations a host provides. Every method is one logical step; hosts batch their round trips
 * (Excel: reading all inputs is one `context.sync()`, `inspect()` one, writing a plan at most three).
 */
export interface WorkbookPort {
  /**
   * Read the named inputs (tables by name, else sheets by name with the table at A1, else
   * addresses): the model's four (`INPUT_NAMES`) unless `names` asks for others too.
   */
  readInputs(bindings: InputBindings, names?: readonly TableInputName[]): Promise<ReadInputs>;
  /** One round trip: every sheet's name, ownership header and used range; every table name. */
  inspect(): Promise<WorkbookInfo>;
  /** Apply a plan (see the rules at the top of this file). */
  writeSheet(plan: SheetPlan): Promise<WrittenSheet>;
  /**
   * Delete a sheet this run created (with its tables and charts): how a multi-step write that
   * failed half-way takes back what it added. Never called on a sheet the run did not create.
   */
  removeSheet(name: string): Promise<void>;
}
