/**
 * What a cell holds, as Excel (range values, custom function arguments), exceljs or JSON hand it
 * over: numbers, text, booleans, blanks ("" / null / undefined) and error values (`"#N/A"` text,
 * or an object carrying the error such as `{ error: "#N/A" }` or `{ code: "#VALUE!" }`).
 */
import { formatNumber } from "./schema";

export type CellValue = unknown;

export type Cell =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string };

/** The error values a cell can hold, as Excel writes them. */
export const EXCEL_ERRORS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#PYTHON!",
];
const ERROR_SET = new Set(EXCEL_ERRORS);

function errorText(value: object): string | null {
  for (const key of ["error", "code"] as const) {
    const inner: unknown = (value as Record<string, unknown>)[key];
    if (typeof inner === "string" && inner.startsWith("#")) return inner;
  }
  return null;
}

export function classify(value: CellValue): Cell {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (trimmed === "") return { kind: "blank" };
    if (ERROR_SET.has(trimmed.toUpperCase()))
      return { kind: "error", value: trimmed.toUpperCase() };
    return { kind: "text", value: trimmed };
  }
  if (typeof value === "object") {
    const error = errorText(value);
    if (error !== null) return { kind: "error", value: error };
  }
  return { kind: "text", value: String(value) };
}

export function isBlank(value: CellValue): boolean {
  return classify(value).kind === "blank";
}

/** Describe a non-number cell for a message: `"abc" is text, not a number`. */
export function notANumber(cell: Cell): string {
  switch (cell.kind) {
    case "text":
      return `"${cell.value}" is text, not a number`;
    case "boolean":
      return `${cell.value ? "TRUE" : "FALSE"} is not a number`;
    case "error":
      return `the cell holds the error ${cell.value} — fix it or clear the cell`;
    default:
      return "is not a number";
  }
}

/** The text of a name cell, or a problem. Numbers are accepted as names (`2025` is a fine label). */
export function nameOf(cell: Cell): { name: string } | { problem: string } {
  switch (cell.kind) {
    case "text":
      return { name: cell.value };
    case "number":
      return { name: formatNumber(cell.value) };
    case "blank":
      return { problem: "the name is blank — every row needs a name" };
    case "error":
      return { problem: `the cell holds the error ${cell.value} — fix it or clear the cell` };
    case "boolean":
      return { problem: `${cell.value ? "TRUE" : "FALSE"} is not a name` };
  }
}

/** A0-style column letters for a 0-based column index. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `Channels!E3`, or `'GTM Inputs'!E3` when the sheet name needs quotes. 0-based row and column. */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${sheetPrefix(sheet)}${columnLetter(column)}${row + 1}`;
}

/** A sheet name as a formula or address prefix: `Channels`, `'GTM Results'`, `'It''s'`, `'Q1'`. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `Channels!`, or `'GTM Inputs'!` when the sheet name needs quotes. */
export function sheetPrefix(sheet: string): string {
  return `${quoteSheet(sheet)}!`;
}
