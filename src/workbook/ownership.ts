/**
 * Which sheets are ours, and which names are free. Pure: hosts gather a `WorkbookInfo` in one
 * round trip (`WorkbookPort.inspect`), the services decide here.
 *
 * The marker is the sheet's own content, so it survives a save in Excel, in exceljs and in
 * LibreOffice: A1 starts with `OWNER_TITLE_PREFIX`, and a row of the audit header holds
 * `Written range` | `A1:N40` (the rectangle the add-in wrote). A sheet is ours when it carries
 * the marker and none of its values lies outside that rectangle: a user who typed anywhere else
 * on it made it theirs, and it is never replaced.
 */
import { parseRect, rectContains } from "./a1";
import { OWNER_HEADER } from "./port";
import type { CellValue, Rect, SheetInfo, WorkbookInfo } from "./port";

/** A1 of every sheet the add-in writes starts with this (e.g. `GTM Modeler · Model results`). */
export const OWNER_TITLE_PREFIX = "GTM Modeler · ";
/** The label (column A) of the audit row whose column B records the written rectangle. */
export const WRITTEN_RANGE_LABEL = "Written range";

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** The rectangle recorded in an ownership header, or null when the header is not ours. */
export function readOwnerMark(header: CellValue[][]): Rect | null {
  const title = header[0]?.[0];
  if (typeof title !== "string" || !title.startsWith(OWNER_TITLE_PREFIX)) return null;
  for (const row of header.slice(0, OWNER_HEADER.rows)) {
    const label = row[0];
    const value = row[1];
    if (label === WRITTEN_RANGE_LABEL && typeof value === "string") return parseRect(value);
  }
  return null;
}

/** True when the sheet carries our marker and holds nothing outside what we wrote. */
export function isOwnedSheet(info: SheetInfo): boolean {
  const mark = readOwnerMark(info.header);
  if (mark === null) return false;
  return info.used === null || rectContains(mark, info.used);
}

/** A sheet name Excel accepts: no `[]:*?/\`, no leading/trailing apostrophe, at most 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  return (cleaned === "" ? "Sheet" : cleaned).slice(0, MAX_SHEET_NAME).trim();
}

function variant(base: string, n: number): string {
  if (n === 1) return base;
  const suffix = ` (${n})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
}

/** The first of `name`, `name (2)`, `name (3)`… that no sheet uses (names compare ignoring case). */
export function freeSheetName(taken: readonly string[], preferred: string): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = cleanSheetName(preferred);
  for (let n = 1; ; n++) {
    const candidate = variant(base, n);
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Where to write an output sheet: the first of `name`, `name (2)`… that is either free (create)
 * or ours (replace). A user's sheet is skipped, never touched.
 */
export function chooseSheet(
  info: WorkbookInfo,
  preferred: string
): { name: string; replace: boolean } {
  const byName = new Map(info.sheets.map((s) => [s.name.toLowerCase(), s]));
  const base = cleanSheetName(preferred);
  for (let n = 1; ; n++) {
    const candidate = variant(base, n);
    const existing = byName.get(candidate.toLowerCase());
    if (existing === undefined) return { name: candidate, replace: false };
    if (isOwnedSheet(existing)) return { name: existing.name, replace: true };
  }
}

/** Excel table names: a letter or `_` first, then letters, digits, `_`, `.`; never a cell reference. */
function cleanTableName(name: string): string {
  let cleaned = name.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(cleaned)) cleaned = `_${cleaned}`;
  if (/^([A-Za-z]{1,3}[0-9]+|[RrCc]|[Rr][0-9]*[Cc][0-9]*)$/.test(cleaned)) cleaned = `${cleaned}_`;
  return cleaned.slice(0, 255);
}

/** The first of `Name`, `Name2`, `Name3`… that no table (or other name in `taken`) uses, ignoring case. */
export function freeTableName(taken: readonly string[], preferred: string): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = cleanTableName(preferred);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
