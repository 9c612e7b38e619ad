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

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Characters no cell can hold (XML 1.0 forbids them, so the file would be damaged): C0 controls
 * but tab, line feed and carriage return; lone surrogates; U+FFFE, U+FFFF and the other
 * non-characters (U+FDD0–U+FDEF, U+nFFFE/U+nFFFF), which spreadsheet programs drop.
 */
const PLANE_NON_CHARACTERS = Array.from({ length: 16 }, (_, i) => {
  const base = ((i + 1) * 0x10000 + 0xfffe).toString(16);
  return `\\u{${base}}\\u{${(parseInt(base, 16) + 1).toString(16)}}`;
}).join("");
const FORBIDDEN_CHARACTER = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufdd0-\\ufdef\\ufffe\\uffff${PLANE_NON_CHARACTERS}]|\\p{Cs}`,
  "u"
);

/** `U+0001`: how a character is named in a message. */
function codePointName(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * What stops a text from being written into a cell as it is, or null: a character no cell can
 * hold (named by its code point — never removed silently, which could merge two names), or more
 * than 32,767 characters.
 */
export function cellTextProblem(text: string): string | null {
  const forbidden = FORBIDDEN_CHARACTER.exec(text);
  if (forbidden !== null)
    return `holds the character ${codePointName(forbidden[0])}, which an Excel cell cannot hold — remove it`;
  if (text.length > MAX_CELL_TEXT)
    return `is ${text.length.toLocaleString("en-US")} characters long — an Excel cell holds at most ${MAX_CELL_TEXT.toLocaleString("en-US")}`;
  return null;
}

/** The text of a name cell, or a problem. Numbers are accepted as names (`2025` is a fine label). */
export function nameOf(cell: Cell): { name: string } | { problem: string } {
  switch (cell.kind) {
    case "text": {
      const problem = cellTextProblem(cell.value);
      return problem === null ? { name: cell.value } : { problem: `the name ${problem}` };
    }
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
