/**
 * Apply a `SheetPlan` to an empty exceljs worksheet: values (text always as text, formulas only
 * when explicit), number formats (over a formula's spill too), styles, column widths, freeze
 * panes, colour scales, highlights and Excel tables. exceljs cannot draw charts: `plan.charts` is
 * skipped (their data is in the plan's cells; the command line says so when it writes a file).
 */
import type ExcelJS from "exceljs";
import { blockRect, formatAt } from "../../workbook/blocks";
import { cellRef, rectRef } from "../../workbook/a1";
import type {
  Block,
  BlockStyle,
  CellWrite,
  ColorScale,
  SheetPlan,
  TablePlan,
} from "../../workbook/port";

const EXCEL_ERRORS = ["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"] as const;
type ExcelError = (typeof EXCEL_ERRORS)[number];

function isExcelError(text: string): text is ExcelError {
  return (EXCEL_ERRORS as readonly string[]).includes(text);
}

/** The exceljs cell at a 0-based (row, column) of the plan. */
function cellAt(sheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  return sheet.getCell(row + 1, column + 1);
}

/** `#1F6FB2` → exceljs' `FF1F6FB2`. */
export function argb(colour: string): string {
  const match = /^#?([0-9A-Fa-f]{6})$/.exec(colour);
  if (match === null) throw new Error(`"${colour}" is not a colour of the form #RRGGBB`);
  return `FF${match[1].toUpperCase()}`;
}

/**
 * One plan cell → exceljs value. A string stays a string: exceljs stores it as text, never as a
 * formula. An empty string is an empty cell, as `null` is (no zero-length text cells).
 */
export function excelValue(cell: CellWrite, where: string): ExcelJS.CellValue {
  if (cell === null || cell === "") return null;
  if (typeof cell === "string" || typeof cell === "boolean") return cell;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`${where}: refusing to write the number ${cell}`);
    return cell;
  }
  if ("formula" in cell) return { formula: cell.formula.replace(/^=/, "") };
  if (!isExcelError(cell.error))
    throw new Error(`${where}: ${cell.error} is not an Excel error value`);
  return { error: cell.error };
}

function applyStyle(cell: ExcelJS.Cell, style: BlockStyle): void {
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontColor !== undefined ||
    style.size !== undefined
  ) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.size !== undefined) font.size = style.size;
    if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
    cell.font = font;
  }
  if (style.fill !== undefined)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.horizontalAlignment !== undefined || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (style.horizontalAlignment !== undefined) alignment.horizontal = style.horizontalAlignment;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    cell.alignment = alignment;
  }
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

function borderEdges(
  border: NonNullable<BlockStyle["border"]>,
  i: number,
  j: number,
  rows: number,
  columns: number
): Partial<ExcelJS.Borders> {
  const edges: Partial<ExcelJS.Borders> = {};
  if ((border === "top" || border === "box") && i === 0) edges.top = THIN;
  if ((border === "bottom" || border === "box") && i === rows - 1) edges.bottom = THIN;
  if (border === "box" && j === 0) edges.left = THIN;
  if (border === "box" && j === columns - 1) edges.right = THIN;
  return edges;
}

/**
 * A formula that spills (a live `GTM.*` call) is stored as an array formula over its spill area:
 * exceljs cannot write Excel's dynamic-array metadata, and a plain formula would open as `@GTM…`
 * (one value). Returns false when the block is not such a formula.
 */
function writeSpill(sheet: ExcelJS.Worksheet, block: Block): boolean {
  const only = block.cells.length === 1 && block.cells[0].length === 1 ? block.cells[0][0] : null;
  if (
    block.spill === undefined ||
    only === null ||
    typeof only !== "object" ||
    !("formula" in only)
  )
    return false;
  const array = {
    formula: only.formula.replace(/^=/, ""),
    shareType: "array",
    ref: rectRef(blockRect(block)),
  };
  cellAt(sheet, block.row, block.column).value = array;
  return true;
}

function writeCells(sheet: ExcelJS.Worksheet, block: Block): void {
  block.cells.forEach((line, i) => {
    line.forEach((value, j) => {
      const cell = cellAt(sheet, block.row + i, block.column + j);
      cell.value = excelValue(value, `${sheet.name}!${cell.address}`);
    });
  });
}

function styleCell(
  cell: ExcelJS.Cell,
  style: BlockStyle,
  i: number,
  j: number,
  rect: { rows: number; columns: number }
): void {
  applyStyle(cell, style);
  if (style.border !== undefined)
    cell.border = { ...cell.border, ...borderEdges(style.border, i, j, rect.rows, rect.columns) };
}

function writeBlock(sheet: ExcelJS.Worksheet, block: Block): void {
  if (!writeSpill(sheet, block)) writeCells(sheet, block);
  // Formats and styles cover the block's rectangle, including a formula's spill area.
  const rect = blockRect(block);
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.columns; j++) {
      const cell = cellAt(sheet, rect.row + i, rect.column + j);
      const format = formatAt(block, i, j);
      if (format !== null) cell.numFmt = format;
      if (block.style !== undefined) styleCell(cell, block.style, i, j, rect);
      if (block.headerStyle !== undefined && i === 0)
        styleCell(cell, block.headerStyle, 0, j, { ...rect, rows: 1 });
    }
  }
}

function addColorScale(sheet: ExcelJS.Worksheet, scale: ColorScale, priority: number): void {
  sheet.addConditionalFormatting({
    ref: rectRef(scale),
    rules: [
      {
        type: "colorScale",
        priority,
        cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
        color: [{ argb: argb(scale.low) }, { argb: argb(scale.mid) }, { argb: argb(scale.high) }],
      },
    ],
  });
}

type TableTheme = NonNullable<ExcelJS.TableStyleProperties["theme"]>;

function tableTheme(style: string): TableTheme {
  if (!/^TableStyle(Light|Medium|Dark)[0-9]{1,2}$/.test(style))
    throw new Error(`"${style}" is not an Excel table style`);
  return style as TableTheme;
}

/** An Excel table over cells already written: its header row is the text there. */
function addTable(sheet: ExcelJS.Worksheet, table: TablePlan): void {
  const valueAt = (row: number, column: number): ExcelJS.CellValue =>
    cellAt(sheet, row, column).value;
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let j = 0; j < table.columns; j++) {
    const header = valueAt(table.row, table.column + j);
    if (typeof header !== "string" || header.trim() === "") {
      throw new Error(
        `${sheet.name}!${cellRef(table.row, table.column + j)}: a header of table ${table.name} must be text`
      );
    }
    columns.push({ name: header, filterButton: true });
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let i = 1; i < table.rows; i++) {
    const line: ExcelJS.CellValue[] = [];
    for (let j = 0; j < table.columns; j++) line.push(valueAt(table.row + i, table.column + j));
    rows.push(line);
  }
  sheet.addTable({
    name: table.name,
    ref: cellRef(table.row, table.column),
    headerRow: true,
    totalsRow: false,
    style: { theme: tableTheme(table.style), showRowStripes: true },
    columns,
    rows,
  });
}

/** Write everything the plan holds (but charts) onto an empty sheet. */
export function writePlan(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const block of plan.blocks) writeBlock(sheet, block);
  for (const { column, width } of plan.columnWidths ?? [])
    sheet.getColumn(column + 1).width = width;
  if (plan.freeze !== undefined && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    sheet.views = [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  }
  if (plan.page !== undefined) {
    // fitToHeight 0: as many pages tall as the sheet needs (ECMA-376 §18.3.1.63 pageSetup).
    sheet.pageSetup = {
      ...sheet.pageSetup,
      orientation: plan.page.orientation,
      fitToPage: true,
      fitToWidth: plan.page.fitToPagesWide,
      fitToHeight: 0,
    };
  }
  (plan.colorScales ?? []).forEach((scale, index) => addColorScale(sheet, scale, index + 1));
  for (const highlight of plan.highlights ?? []) {
    const cell = cellAt(sheet, highlight.row, highlight.column);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(highlight.fill) } };
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  }
  for (const table of plan.tables ?? []) addTable(sheet, table);
}
