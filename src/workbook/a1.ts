/** A1-style addresses for plans: pure helpers shared by the services and every host. */
import { columnLetter, quoteSheet } from "../model/cells";
import type { Rect } from "./port";

/** 0-based column index → letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0)
    throw new RangeError(`Invalid column index ${column}`);
  return columnLetter(column);
}

/** Letters → 0-based column index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`Invalid column letters "${letters}"`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based (row, column) → `B3`; `absolute` gives `$B$3`. */
export function cellRef(row: number, column: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(column)}${d}${row + 1}`;
}

/** A rectangle → `A1:N40` (a single cell → `A1`). */
export function rectRef(rect: Rect, absolute = false): string {
  const first = cellRef(rect.row, rect.column, absolute);
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${cellRef(rect.row + rect.rows - 1, rect.column + rect.columns - 1, absolute)}`;
}

export { quoteSheet };

/** `'GTM Results'!A1:N40`. */
export function sheetRef(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${rectRef(rect, absolute)}`;
}

/** Parse `B3` or `$A$1:$N$40` (no sheet) into a rectangle; null when it is not an A1 range. */
export function parseRect(text: string): Rect | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Za-z]{1,3})\$?([0-9]{1,7}))?$/.exec(
    text.trim()
  );
  if (m === null) return null;
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] === undefined ? c1 : columnIndex(m[3]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
  if (r1 < 0 || r2 < 0) return null;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}

/**
 * Split `'My sheet'!B2:C3` at its last `!` into the sheet name (unquoted, `''` read as `'`; null
 * when there is no `!`) and the cell part, which is not checked here.
 */
export function splitSheetAddress(text: string): { sheet: string | null; cells: string } {
  const at = text.lastIndexOf("!");
  if (at < 0) return { sheet: null, cells: text };
  const name = text.slice(0, at);
  const quoted = /^'(.*)'$/.exec(name);
  return {
    sheet: quoted === null ? name : quoted[1].replace(/''/g, "'"),
    cells: text.slice(at + 1),
  };
}

/**
 * Parse `Sheet!A1:D9` / `'My sheet'!A1:D9`; null when it is not such an address. As typed by a
 * person, an unquoted name may hold spaces or an apostrophe (`Partner's Mix!A1:C3`), and a quoted
 * one an apostrophe not doubled (`'Partner's Mix'!A1:C3`).
 */
export function parseSheetRange(text: string): { sheet: string; rect: Rect } | null {
  const { sheet, cells } = splitSheetAddress(text.trim());
  if (sheet === null || sheet.trim() === "") return null;
  const rect = parseRect(cells);
  return rect === null ? null : { sheet, rect };
}

/** True when `inner` lies entirely inside `outer`. */
export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/** The smallest rectangle covering both. */
export function rectUnion(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rows: Math.max(a.row + a.rows, b.row + b.rows) - row,
    columns: Math.max(a.column + a.columns, b.column + b.columns) - column,
  };
}
