/**
 * Which sheets are ours, and which names are free. Pure: hosts gather a `WorkbookInfo` in one
 * round trip (`WorkbookPort.inspect`), the services decide here.
 *
 * The marker is the sheet's own content, so it survives a save in Excel, in exceljs and in
 * LibreOffice: A1 starts with `OWNER_TITLE_PREFIX`, and a row of the audit header holds
 * `Written range` | `A1:N40` (the rectangle the add-in wrote). A sheet is ours when it carries
 * the marker and none of its values lies outside that rectangle: a user who typed anywhere else
 * on it made it theirs, and it is never replaced. A sheet written as values also records a content
 * check in that row (`A1:N40 (content check 5f3a9c21)`), a hash of every value it wrote: a host that
 * reads the rectangle's values (`SheetInfo.content`) finds any change inside it too — a note typed
 * into a blank cell, a figure overwritten — and the sheet is the user's from then on.
 */
import type { Locale } from "../model/locale";
import { parseRect, rectContains } from "./a1";
import { OWNER_HEADER } from "./port";
import type { CellValue, Rect, SheetInfo, WorkbookInfo } from "./port";

/** A1 of every sheet the add-in writes starts with this (e.g. `GTM Modeler · Model results`). */
export const OWNER_TITLE_PREFIX = "GTM Modeler · ";
/** The label (column A) of the audit row whose column B records the written rectangle. */
export const WRITTEN_RANGE_LABEL = "Written range";
/**
 * The same label in every locale the add-in writes (issue 11, point 4): a sheet written in
 * Simplified Chinese is recognised (and replaced) by a run in English, and the other way round.
 * The A1 prefix `GTM Modeler · ` is the same in every language.
 */
const WRITTEN_RANGE_LABELS: Record<Locale, string> = {
  en: WRITTEN_RANGE_LABEL,
  "zh-CN": "写入范围",
};
const CHECK_WORDS: Record<Locale, [string, string]> = {
  en: ["(content check ", ")"],
  "zh-CN": ["（内容校验 ", "）"],
};

/** The written-range label of `locale`. */
export function writtenRangeLabel(locale: Locale = "en"): string {
  return WRITTEN_RANGE_LABELS[locale];
}

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** A value at a 0-based (row, column) of a sheet. */
export interface PlacedValue {
  row: number;
  column: number;
  value: CellValue;
}

interface OwnerMark {
  rect: Rect;
  /** The recorded content check, or null (live formulas, or an earlier version). */
  check: string | null;
  /** 0-based row of the `Written range` row (its value, in column B, holds the check). */
  row: number;
}

const MARK_VALUE =
  /^\s*([A-Za-z]{1,3}[0-9]+:[A-Za-z]{1,3}[0-9]+)\s*(?:(?:\(content check |（内容校验 )([0-9a-f]{8})(?:\)|）))?\s*$/;

function readMark(header: CellValue[][]): OwnerMark | null {
  const title = header[0]?.[0];
  if (typeof title !== "string" || !title.startsWith(OWNER_TITLE_PREFIX)) return null;
  const rows = Math.min(header.length, OWNER_HEADER.rows);
  for (let i = 0; i < rows; i++) {
    const [label, value] = header[i] ?? [];
    const isLabel = Object.values(WRITTEN_RANGE_LABELS).some((text) => label === text);
    if (!isLabel || typeof value !== "string") continue;
    const match = MARK_VALUE.exec(value);
    const rect = match === null ? null : parseRect(match[1]);
    return rect === null ? null : { rect, check: match?.[2] ?? null, row: i };
  }
  return null;
}

/** The rectangle recorded in an ownership header, or null when the header is not ours. */
export function readOwnerMark(header: CellValue[][]): Rect | null {
  return readMark(header)?.rect ?? null;
}

function encoded(value: CellValue): string | null {
  if (value === null || value === undefined || value === "") return null;
  // 15 significant digits: a program that saves numbers so (LibreOffice) is not taken for an edit.
  if (typeof value === "number") return `n${String(Number(value.toPrecision(15)))}`;
  if (typeof value === "boolean") return `b${String(value)}`;
  if (typeof value === "string") return `s${value}`;
  return `e${String((value as { error?: unknown }).error)}`;
}

/**
 * A hash (FNV-1a, 8 hex digits) of the non-empty values of `cells`, in reading order, leaving out
 * the cell at `skip` (the one that records the hash).
 */
export function contentCheck(
  cells: readonly PlacedValue[],
  skip: { row: number; column: number }
): string {
  const sorted = cells
    .filter((cell) => !(cell.row === skip.row && cell.column === skip.column))
    .sort((a, b) => a.row - b.row || a.column - b.column);
  let hash = 0x811c9dc5;
  for (const cell of sorted) {
    const text = encoded(cell.value);
    if (text === null) continue;
    const item = `${cell.row},${cell.column}:${text}\u0000`;
    for (let i = 0; i < item.length; i++) {
      hash ^= item.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16).padStart(8, "0");
}

/** The `Written range` value: the rectangle, and the content check when the sheet holds values only. */
export function writtenRangeText(
  range: string,
  check: string | null,
  locale: Locale = "en"
): string {
  const [open, close] = CHECK_WORDS[locale];
  return check === null ? range : `${range} ${open}${check}${close}`;
}

/**
 * True when the sheet carries our marker, holds nothing outside what we wrote, and — where the
 * host read its values and a check was recorded — nothing inside it changed either.
 */
export function isOwnedSheet(info: SheetInfo): boolean {
  const mark = readMark(info.header);
  if (mark === null) return false;
  if (info.used !== null && !rectContains(mark.rect, info.used)) return false;
  if (mark.check === null || info.content === undefined) return true;
  return contentCheck(info.content, { row: mark.row, column: 1 }) === mark.check;
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

/** Excel reserves the sheet name `History` (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9). */
const RESERVED_SHEET_NAMES = ["history"];

/** The first of `name`, `name (2)`, `name (3)`… that no sheet uses (names compare ignoring case). */
export function freeSheetName(taken: readonly string[], preferred: string): string {
  const used = new Set([...taken.map((n) => n.toLowerCase()), ...RESERVED_SHEET_NAMES]);
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
    if (RESERVED_SHEET_NAMES.includes(candidate.toLowerCase())) continue;
    const existing = byName.get(candidate.toLowerCase());
    if (existing === undefined) return { name: candidate, replace: false };
    if (isOwnedSheet(existing)) return { name: existing.name, replace: true };
  }
}

/** Excel's last column (XFD) and row: a name of up to three letters and a number within them is a cell. */
const LAST_COLUMN = 16384;
const LAST_ROW = 1048576;

/** 1-based column number of `A`…`XFD`. */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * Whether Excel accepts `name` as a table name or defined name: a letter, `_` or `\` first, then
 * letters, digits, `_` and `.`; at most 255 characters; never a cell reference in A1 style (up to
 * XFD1048576) or R1C1 style (`R1C1`, `R2`, `C3`, `RC`), never `R` or `C` alone.
 * TRUE and FALSE are not names either (ECMA-376 Part 1, §18.17.2.5 names).
 * Sources: "Define and use names in formulas" (syntax rules for names),
 * https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64 ;
 * "Rename an Excel table" (a table name follows the same rules),
 * https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
 */
export function isValidExcelName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) return false;
  const a1 = /^([A-Za-z]{1,3})([0-9]+)$/.exec(name);
  if (a1 !== null) {
    const row = Number(a1[2]);
    if (columnNumber(a1[1]) <= LAST_COLUMN && row >= 1 && row <= LAST_ROW) return false;
  }
  if (/^(true|false)$/i.test(name)) return false;
  return !/^([Rr][0-9]*[Cc][0-9]*|[Rr][0-9]*|[Cc][0-9]*)$/.test(name);
}

/** Excel table names: a letter or `_` first, then letters, digits, `_`, `.`; never a cell reference. */
function cleanTableName(name: string): string {
  let cleaned = name.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(cleaned)) cleaned = `_${cleaned}`;
  cleaned = cleaned.slice(0, 240);
  return isValidExcelName(cleaned) ? cleaned : `${cleaned}_`;
}

/**
 * The first of `Name`, `Name2`, `Name3`… that no table or defined name in `taken` uses (ignoring
 * case) and that Excel accepts: a numbered candidate that would be a cell reference (`Mix2` is
 * column MIX, row 2) is written `Mix_2` instead.
 */
export function freeTableName(taken: readonly string[], preferred: string): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = cleanTableName(preferred);
  for (let n = 1; ; n++) {
    const plain = n === 1 ? base : `${base}${n}`;
    const candidate = isValidExcelName(plain) ? plain : `${base}_${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
