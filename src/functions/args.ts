/**
 * The one argument layer of the GTM.* functions: turns what Excel passes (numbers, text, booleans,
 * `""` or `null` for blanks, `null`/`undefined` for omitted optionals, 2-D ranges in either
 * orientation, error values) into plain values for the pure cores, and turns their errors into
 * `CustomFunctions.Error` with the spec's error code and message.
 */
import { localeOf, ModelInputError } from "../model";
import type { CellValue, Locale, ModelInput, TableOrigin } from "../model";
import { GtmError } from "./core/errors";
import type { Bilingual, ExcelErrorClass } from "./core/errors";
import { loadModel } from "./core/modelTables";
import type { Row } from "./core/modelTables";

/** A blank cell or an omitted argument: null, undefined, "" or only spaces. */
function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * The code of an Excel error value passed in, or null. Excel passes a cell's error to a parameter
 * of type `any` only when functions.json sets `allowErrorForDataTypeAny` (the build sets it:
 * scripts/functions-metadata.js), in one of the documented shapes:
 * - a `CustomFunctions.Error`: `{ code: "#N/A", message? }`
 *   (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error);
 * - with data types, an error cell value: `{ type: "Error", basicValue: "#N/A", errorType }`
 *   (https://learn.microsoft.com/javascript/api/excel/excel.errorcellvalue,
 *   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts).
 */
export function errorCode(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const fields = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof fields.code === "string" && fields.code.startsWith("#")) return fields.code;
  if (fields.type === "Error" && typeof fields.basicValue === "string") return fields.basicValue;
  return null;
}

/** A cell as the engine reads it: an error value in either documented shape becomes `{ error }`. */
function engineCell(value: unknown): unknown {
  const code = errorCode(value);
  return code === null ? value : { error: code };
}

/** How a wrong value is named in a message, in both languages. */
function shown(value: unknown): Bilingual {
  if (Array.isArray(value)) return { en: "a range", zh: "一个区域" };
  let text = String(value);
  if (typeof value === "string") text = `"${value}"`;
  if (typeof value === "boolean") text = value ? "TRUE" : "FALSE";
  return { en: text, zh: text };
}

/** A single value: a scalar, or the one cell of a 1×1 range. */
function single(value: unknown): unknown {
  return Array.isArray(value) &&
    value.length === 1 &&
    Array.isArray(value[0]) &&
    value[0].length === 1
    ? value[0][0]
    : value;
}

/** Every cell of a scalar or a range, row by row (a row or a column reads the same). */
function cellsOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  return value.flatMap((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/** A number, or null for a blank. */
function numberOrBlank(param: string, value: unknown): number | null {
  if (isBlank(value)) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const code = errorCode(value);
  if (code !== null) throw new GtmError("errorValue", { param, code });
  throw new GtmError("notNumber", { param, value: shown(value), text: typeof value === "string" });
}

/** A required number. */
export function numberArg(param: string, value: unknown): number {
  const number = numberOrBlank(param, single(value));
  if (number === null) throw new GtmError("required", { param });
  return number;
}

/** An optional number: null when omitted or blank. */
export function optionalNumber(param: string, value: unknown): number | null {
  return numberOrBlank(param, single(value));
}

/** The numbers of a value or range of any shape, row by row; blank cells are skipped. */
export function numberList(param: string, value: unknown): number[] {
  const numbers: number[] = [];
  for (const cell of cellsOf(value)) {
    const number = numberOrBlank(param, cell);
    if (number !== null) numbers.push(number);
  }
  return numbers;
}

/** Optional text: trimmed, null when omitted or blank. */
export function optionalText(param: string, value: unknown): string | null {
  const cell = single(value);
  if (isBlank(cell)) return null;
  if (typeof cell === "string") return cell.trim();
  const code = errorCode(cell);
  if (code !== null) throw new GtmError("errorValue", { param, code });
  throw new GtmError("notText", { param, value: shown(cell) });
}

/** Required text. */
export function textArg(param: string, value: unknown): string {
  const text = optionalText(param, value);
  if (text === null) throw new GtmError("required", { param });
  return text;
}

/** The texts of a range or of one comma-separated text; null when there are none. */
export function textList(param: string, value: unknown): string[] | null {
  const texts: string[] = [];
  for (const cell of cellsOf(value)) {
    const text = optionalText(param, cell);
    if (text !== null)
      texts.push(
        ...text
          .split(",")
          .map((part) => part.trim())
          .filter((part) => part !== "")
      );
  }
  return texts.length > 0 ? texts : null;
}

/** TRUE/FALSE; blank or omitted gives `fallback`. */
export function booleanArg(param: string, value: unknown, fallback: boolean): boolean {
  const cell = single(value);
  if (isBlank(cell)) return fallback;
  if (typeof cell === "boolean") return cell;
  const code = errorCode(cell);
  if (code !== null) throw new GtmError("errorValue", { param, code });
  throw new GtmError("notBoolean", { param, value: shown(cell) });
}

/** A table range as the engine reads it (it classifies blanks and error values itself); null when omitted or empty. */
export function tableArg(value: unknown): CellValue[][] | null {
  const rows = Array.isArray(value)
    ? value.map((row: unknown) => (Array.isArray(row) ? row.map(engineCell) : [engineCell(row)]))
    : [[engineCell(value)]];
  return rows.some((row) => row.some((cell) => !isBlank(cell))) ? rows : null;
}

/** Where a range argument sits, from an address such as `Sheet1!B2:K5` or `'[Book1]My model'!$A$1`. */
export function originOf(address: string | undefined): TableOrigin | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)/i.exec(address ?? "");
  if (match === null) return undefined;
  const sheet = (match[1] === undefined ? match[2] : match[1].replace(/''/g, "'")).replace(
    /^\[[^\]]*\]/,
    ""
  );
  const letters = match[3].toUpperCase();
  const column = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { sheet, row: Number(match[4]) - 1, column };
}

/** The four table arguments of a model function. */
export interface TableArgs {
  channels: unknown;
  segments: unknown;
  mix: unknown;
  assumptions: unknown;
}

/**
 * The model from the table arguments (the engine's input errors become a GtmError). With Excel's
 * parameter addresses (`@requiresParameterAddresses`), errors name the cell: channels and segments
 * are a function's first two parameters, mix and assumptions sit at `mixPosition` and the next one.
 */
export function modelArg(
  args: TableArgs,
  invocation: CustomFunctions.Invocation | null | undefined,
  mixPosition: number
): ModelInput {
  const addresses = invocation?.parameterAddresses ?? [];
  return loadModel({
    channels: tableArg(args.channels),
    segments: tableArg(args.segments),
    mix: tableArg(args.mix),
    assumptions: tableArg(args.assumptions),
    origins: {
      channels: originOf(addresses[0]),
      segments: originOf(addresses[1]),
      mix: originOf(addresses[mixPosition]),
      assumptions: originOf(addresses[mixPosition + 1]),
    },
  });
}

/**
 * A decision table argument (Scenarios, Bounds) with where it sits, so that errors name its cells;
 * null when omitted or empty. `position` is the argument's index among the function's parameters.
 */
export function decisionTableArg(
  value: unknown,
  invocation: CustomFunctions.Invocation | null | undefined,
  position: number
): { table: CellValue[][]; origin?: TableOrigin } | null {
  const table = tableArg(value);
  if (table === null) return null;
  const origin = originOf(invocation?.parameterAddresses?.[position]);
  return origin === undefined ? { table } : { table, origin };
}

const EXCEL_CODES: Record<ExcelErrorClass, () => CustomFunctions.ErrorCode> = {
  value: () => CustomFunctions.ErrorCode.invalidValue,
  num: () => CustomFunctions.ErrorCode.invalidNumber,
  div0: () => CustomFunctions.ErrorCode.divisionByZero,
  na: () => CustomFunctions.ErrorCode.notAvailable,
};

/**
 * The language of the messages: Office's display language, "the locale (language) specified by
 * the user for the UI of the Office application"
 * (https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-displaylanguage).
 * The functions run in the shared runtime (manifest.xml), a browser runtime where Office.js and
 * `Office.context` are loaded (https://learn.microsoft.com/office/dev/add-ins/testing/runtimes).
 * Read defensively: without Office, its context or a language tag (unit tests, a bare context),
 * English.
 */
export function messageLocale(): Locale {
  if (typeof Office === "undefined") return "en";
  const tag: unknown = (Office.context as Office.Context | undefined)?.displayLanguage;
  return typeof tag === "string" ? localeOf(tag) : "en";
}

/**
 * The Excel error for a GtmError, its message in Office's display language. Only #VALUE! and #N/A
 * carry the message (Excel drops any other's:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 */
export function excelError(error: GtmError): CustomFunctions.Error {
  const code = EXCEL_CODES[error.excel]();
  return error.excel === "value" || error.excel === "na"
    ? new CustomFunctions.Error(code, error.messageIn(messageLocale()))
    : new CustomFunctions.Error(code);
}

/** The engine's input errors as a GtmError (#VALUE! with the first messages). */
function asGtmError(error: unknown): unknown {
  if (error instanceof ModelInputError) {
    const errors = error.issues.filter((issue) => issue.severity === "error");
    return new GtmError("modelInput", { issues: errors });
  }
  return error;
}

/**
 * A table as a spill: an empty value becomes "" (`blank`, in descriptive tables) or #N/A (`na`,
 * in sensitivity grids, spec §4) naming the metric.
 */
export function spill(rows: Row[], empty: "blank"): (number | string)[][];
export function spill(
  rows: Row[],
  empty: "na",
  metric: Bilingual
): (number | string | CustomFunctions.Error)[][];
export function spill(
  rows: Row[],
  empty: "blank" | "na",
  metric: Bilingual = { en: "", zh: "" }
): (number | string | CustomFunctions.Error)[][] {
  const emptyCell = (): string | CustomFunctions.Error =>
    empty === "blank" ? "" : excelError(new GtmError("metricEmpty", { metric }));
  return rows.map((row) => row.map((cell) => (cell === null ? emptyCell() : cell)));
}

/**
 * Run a function's body: a GtmError or a model input error becomes the Excel error a user sees;
 * anything else is a bug and is rethrown unchanged.
 */
export function excel<T>(body: () => T): T {
  try {
    return body();
  } catch (caught) {
    const error = asGtmError(caught);
    if (error instanceof GtmError) throw excelError(error);
    throw error;
  }
}

/** `excel` for an asynchronous body (GTM.SIMULATE): a rejection becomes the Excel error a user sees. */
export async function excelAsync<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (caught) {
    const error = asGtmError(caught);
    if (error instanceof GtmError) throw excelError(error);
    throw error;
  }
}
