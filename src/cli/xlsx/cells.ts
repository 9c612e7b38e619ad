/**
 * exceljs cell values → the port's plain `CellValue`, as Excel hands them to an add-in:
 * numbers stay numbers whatever their format (percent, currency), text is text (shared strings
 * and rich text alike), formulas give their cached result, errors become `{ error: "#N/A" }`,
 * dates become Excel serial numbers, blanks become "".
 */
import { words } from "../i18n/messages";
import type { Words } from "../i18n/words";
import type ExcelJS from "exceljs";
import type { CellValue } from "../../workbook/port";

/** Days between Excel's day 0 (1899-12-30 in the 1900 system) and the Unix epoch. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
/** Days between the 1900 and the 1904 date systems' day 0. */
const DATE_1904_OFFSET_DAYS = 1462;
const MS_PER_DAY = 86_400_000;

/**
 * Formulas whose file carries no result to trust: their values are unknown until a spreadsheet
 * recalculates them. One line per formula, each naming its cell.
 */
export class UncalculatedFormulaError extends Error {
  /** One line per cell, in both languages (`lines`: the English). */
  readonly texts: readonly Words[];
  readonly lines: readonly string[];

  constructor(texts: readonly Words[]) {
    const lines = texts.map((text) => text.en);
    super(lines.join("\n"));
    this.name = "UncalculatedFormulaError";
    this.texts = texts;
    this.lines = lines;
  }

  static at(address: string, formula: string, stale: boolean): UncalculatedFormulaError {
    const saved = words(stale ? "savedStale" : "savedNone");
    return new UncalculatedFormulaError([words("uncalculated", address, formula, saved)]);
  }
}

/**
 * exceljs turns a number with a date format into a UTC Date (to the millisecond); Excel hands an
 * add-in the serial number: days since 1899-12-30, or since 1904-01-01 in the 1904 date system.
 * Summed in milliseconds first, so that a serial exceljs kept to the millisecond comes back exactly.
 */
export function excelSerial(date: Date, date1904 = false): number {
  const dayZero = EXCEL_EPOCH_OFFSET_DAYS - (date1904 ? DATE_1904_OFFSET_DAYS : 0);
  return (date.getTime() + dayZero * MS_PER_DAY) / MS_PER_DAY;
}

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | null | undefined;

function scalarValue(value: Scalar, date1904: boolean): CellValue {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return excelSerial(value, date1904);
  if (typeof value === "object") return { error: value.error };
  return value;
}

/** What the workbook says about all its cells: its date system, whether its results are stale. */
export interface BookFacts {
  date1904: boolean;
  /** The workbook asks to be recalculated when opened (`fullCalcOnLoad`): no saved result is trusted. */
  recalculate: boolean;
}

/** The facts of a loaded exceljs workbook. */
export function bookFacts(workbook: ExcelJS.Workbook): BookFacts {
  const properties = workbook.properties as Partial<ExcelJS.WorkbookProperties> | undefined;
  const calc = workbook.calcProperties as Partial<ExcelJS.CalculationProperties> | undefined;
  return { date1904: properties?.date1904 === true, recalculate: calc?.fullCalcOnLoad === true };
}

/** What a cell reading needs of an exceljs cell. */
export type SourceCell = Pick<ExcelJS.Cell, "value" | "result" | "formula">;

/**
 * Convert one exceljs cell. A formula with no saved value is refused (`address`, e.g.
 * `Channels!E2`, names it) rather than guessed — or read as blank when `uncalculated` is `blank`.
 * A formula's result is read from the cell itself: exceljs's `value` leaves out a result of 0,
 * FALSE or "" (and gives a shared formula's master address, where `formula` translates it).
 */
export function plainCellValue(
  cell: SourceCell,
  address: string,
  uncalculated: "refuse" | "blank" = "refuse",
  book: BookFacts = { date1904: false, recalculate: false }
): CellValue {
  const { date1904 } = book;
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value !== "object" || value instanceof Date) return scalarValue(value, date1904);
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("sharedFormula" in value || "formula" in value) {
    const result = cell.result as Scalar;
    if (result === undefined || book.recalculate) {
      if (uncalculated === "blank") return "";
      throw UncalculatedFormulaError.at(address, cell.formula, result !== undefined);
    }
    return scalarValue(result, date1904);
  }
  const unknown: never = value;
  throw new Error(`${address}: unsupported cell content ${JSON.stringify(unknown)}`);
}

/** True for a value that counts as an empty cell. */
export function isBlank(value: CellValue): boolean {
  return value === "" || value === null || (typeof value === "string" && value.trim() === "");
}
