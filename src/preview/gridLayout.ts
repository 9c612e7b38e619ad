/**
 * The preview grid's geometry and selection, pure: how many rows and columns a sheet shows (its
 * cells, its charts' places and some empty space, as Excel shows empty cells), column widths,
 * where a chart sits when its sheet did not place it, and moving the selected cell.
 */
import { parseSheetRange } from "../workbook/a1";
import type { Rect } from "../workbook/port";
import type { ChartModel } from "./chartModel";
import type { SheetDump } from "../testing/office/dump";

/** Excel's default column: 8.43 characters, 64 pixels. */
export const DEFAULT_COLUMN_PX = 64;
export const ROW_PX = 20;
const MIN_ROWS = 30;
const MIN_COLUMNS = 12;
const SPARE_ROWS = 5;
const SPARE_COLUMNS = 2;
/** Excel's default chart: 15 rows by 8 columns. */
const DEFAULT_CHART = { rows: 15, columns: 8 };

/** A chart's cells: where its sheet placed it, else below the sheet's cells. */
export function chartPlace(chart: ChartModel, sheet: SheetDump): Rect {
  return chart.anchor ?? { row: sheet.values.length + 1, column: 0, ...DEFAULT_CHART };
}

export function gridSize(sheet: SheetDump, places: Rect[]): { rows: number; columns: number } {
  const used = { rows: sheet.values.length, columns: sheet.values[0]?.length ?? 0 };
  const rows = Math.max(used.rows, ...places.map((p) => p.row + p.rows));
  const columns = Math.max(used.columns, ...places.map((p) => p.column + p.columns));
  return {
    rows: Math.max(MIN_ROWS, rows + SPARE_ROWS),
    columns: Math.max(MIN_COLUMNS, columns + SPARE_COLUMNS),
  };
}

/** A column's width in pixels: the width the add-in set (Excel's points), else Excel's default. */
export function columnPx(sheet: SheetDump, letters: string): number {
  const points = sheet.columnWidths[letters];
  return points === undefined ? DEFAULT_COLUMN_PX : Math.round(points / 0.75);
}

/** The workbook's selection when it lies on `sheet` (an address such as `'GTM Results'!B3:C4`). */
export function selectionOn(selection: string | null, sheet: string): Rect | null {
  if (selection === null) return null;
  const parsed = parseSheetRange(selection.includes("!") ? selection : `'${sheet}'!${selection}`);
  if (parsed === null || parsed.sheet.toLowerCase() !== sheet.toLowerCase()) return null;
  return parsed.rect;
}

export function inRect(rect: Rect | null, row: number, column: number): boolean {
  return (
    rect !== null &&
    row >= rect.row &&
    row < rect.row + rect.rows &&
    column >= rect.column &&
    column < rect.column + rect.columns
  );
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The cell an arrow key moves the selection to (its top-left cell moves), inside the grid. */
export function moveSelection(
  selection: Rect | null,
  key: string,
  size: { rows: number; columns: number }
): Rect | null {
  const move = MOVES[key];
  if (move === undefined) return null;
  const from = selection ?? { row: 0, column: 0, rows: 1, columns: 1 };
  const row = Math.min(size.rows - 1, Math.max(0, from.row + move[0]));
  const column = Math.min(size.columns - 1, Math.max(0, from.column + move[1]));
  return { row, column, rows: 1, columns: 1 };
}

/** The range from the selection's first cell to (row, column): a shift-click. */
export function extendSelection(selection: Rect | null, row: number, column: number): Rect {
  if (selection === null) return { row, column, rows: 1, columns: 1 };
  const top = Math.min(selection.row, row);
  const left = Math.min(selection.column, column);
  return {
    row: top,
    column: left,
    rows: Math.max(selection.row, row) - top + 1,
    columns: Math.max(selection.column, column) - left + 1,
  };
}

/** How an Excel table paints a cell: its header row, or a band of its body. */
export type TableRole = "header" | "band" | "plain";

/**
 * The cells of the sheet's Excel tables, by `row,column`: header row and banded rows, as Excel's
 * table styles (TableStyleMedium2 and its kin) paint them.
 */
export function tableRoles(
  tables: { sheet: string; address: string }[],
  sheet: string
): Map<string, TableRole> {
  const roles = new Map<string, TableRole>();
  for (const table of tables) {
    const parsed = parseSheetRange(table.address);
    if (parsed === null || parsed.sheet.toLowerCase() !== sheet.toLowerCase()) continue;
    const { row, column, rows, columns } = parsed.rect;
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++)
        roles.set(`${row + r},${column + c}`, r === 0 ? "header" : r % 2 === 1 ? "band" : "plain");
  }
  return roles;
}
