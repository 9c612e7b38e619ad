/**
 * Calculating `=GTM.NAME(...)` formulas in the preview's in-browser workbook with the real custom
 * functions (functions.js registers them into the stand-in's CustomFunctions). Arguments may be
 * table references (`Channels[#All]`, `Assumptions[#Data]`, `[#Headers]`), ranges (`'My sheet'!$A$1:$B$4`, `A1:B4`), text, numbers,
 * booleans or left empty. Any other formula stays uncalculated (shown as its text).
 */
import type { FunctionsMetadata } from "../../../scripts/functions-metadata";
import { parseRect, parseSheetRange } from "../../workbook/a1";
import type { Rect } from "../../workbook/port";
import type {
  FormulaEvaluator,
  FormulaResult,
  MemorySheet,
  MemoryWorkbook,
  StoredValue,
} from "./workbook";

export type CustomFunction = (...args: unknown[]) => unknown;

const CALL = /^=GTM\.([A-Z]+)\((.*)\)$/i;

/** Split an argument list at top-level commas (not inside text, quoted sheet names, brackets or parentheses). */
export function splitArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let sheetQuoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"' && !sheetQuoted) quoted = !quoted;
    if (ch === "'" && !quoted) sheetQuoted = !sheetQuoted;
    const plain = !quoted && !sheetQuoted;
    if (plain && (ch === "(" || ch === "[")) depth++;
    if (plain && (ch === ")" || ch === "]")) depth--;
    if (ch === "," && depth === 0 && plain) {
      args.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (text.trim() !== "") args.push(current.trim());
  return args;
}

/** A cell's error as Excel hands it to a function allowed to see errors: a CustomFunctions.Error. */
interface ErrorInput {
  code: string;
}

function readRect(sheet: MemorySheet, rect: Rect): unknown[][] {
  return Array.from({ length: rect.rows }, (_, i) =>
    Array.from({ length: rect.columns }, (_, j) => {
      const value = sheet.cell(rect.row + i, rect.column + j)?.value ?? "";
      return typeof value === "object" ? ({ code: value.error } satisfies ErrorInput) : value;
    })
  );
}

function firstError(arg: unknown): string | null {
  const cells = Array.isArray(arg) ? arg.flat() : [arg];
  for (const cell of cells)
    if (typeof cell === "object" && cell !== null && "code" in cell)
      return String((cell as ErrorInput).code);
  return null;
}

/**
 * Excel calls a custom function with an error value only when functions.json sets the top-level
 * `allowErrorForDataTypeAny` and the parameter's type is `any`; otherwise the formula results in
 * that error and the function is not called.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany
 */
function blockedByError(
  metadata: FunctionsMetadata,
  id: string,
  args: readonly unknown[]
): string | null {
  const fn = metadata.functions.find((f) => f.id.toUpperCase() === id);
  for (const [index, arg] of args.entries()) {
    const code = firstError(arg);
    if (code === null) continue;
    const type = fn?.parameters[index]?.type ?? "any";
    if (metadata.allowErrorForDataTypeAny !== true || type !== "any") return code;
  }
  return null;
}

/**
 * A custom function's thrown error as the cell shows it: its code. (Only #VALUE! and #N/A keep a
 * message in Excel; the stand-in's CustomFunctions.Error drops the others'.)
 */
function thrownCode(error: unknown): StoredValue {
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && code.startsWith("#")) return { error: code };
  throw error;
}

/** An argument's value as Excel hands it to a custom function; undefined when it cannot be read. */
function argument(text: string, sheet: MemorySheet, book: MemoryWorkbook): unknown {
  if (text === "") return null;
  if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === "TRUE";
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return Number(text);
  const table = /^([A-Za-z_][A-Za-z0-9_.]*)\[#(All|Data|Headers)\]$/i.exec(text);
  if (table !== null) {
    const record = book.table(table[1]);
    const home = record === null ? null : book.sheet(record.sheet);
    if (record === null || home === null) return undefined;
    const part = table[2].toLowerCase();
    const { ref } = record;
    if (part === "all") return readRect(home, ref);
    if (part === "headers") return readRect(home, { ...ref, rows: 1 });
    return ref.rows < 2
      ? undefined
      : readRect(home, { ...ref, row: ref.row + 1, rows: ref.rows - 1 });
  }
  const qualified = parseSheetRange(text);
  if (qualified !== null) {
    const home = book.sheet(qualified.sheet);
    return home === null ? undefined : readRect(home, qualified.rect);
  }
  const local = parseRect(text);
  return local === null ? undefined : readRect(sheet, local);
}

function stored(value: unknown): StoredValue {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return "";
}

/** The evaluator over the registered functions, holding each call to its metadata (functions.json). */
export function createGtmEvaluator(
  functions: Record<string, CustomFunction>,
  metadata: FunctionsMetadata
): FormulaEvaluator {
  return (formula, sheet, book): FormulaResult => {
    const call = CALL.exec(formula.trim());
    if (call === null) return null;
    const id = call[1].toUpperCase();
    const fn = functions[id];
    if (fn === undefined) return { error: "#NAME?" };
    const args = splitArguments(call[2]).map((text) => argument(text, sheet, book));
    if (args.some((arg) => arg === undefined)) return { error: "#REF!" };
    const blocked = blockedByError(metadata, id, args);
    if (blocked !== null) return { error: blocked };
    let result: unknown;
    try {
      result = fn(...args);
    } catch (error) {
      return thrownCode(error);
    }
    return Array.isArray(result)
      ? result.map((row: unknown) => (Array.isArray(row) ? row.map(stored) : [stored(row)]))
      : stored(result);
  };
}
