/**
 * exceljs cell values → the port's plain `CellValue`, as Excel hands them to an add-in:
 * numbers stay numbers whatever their format (percent, currency), text is text (shared strings
 * and rich text alike), formulas give their cached result, errors become `{ error: "#N/A" }`,
 * dates become Excel serial numbers, blanks become "".
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../workbook/port";

/** Days between Excel's day 0 (1899-12-30, the 1900 system) and the Unix epoch. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/** A formula whose file carries no cached result: the value is unknown until a spreadsheet recalculates it. */
export class UncalculatedFormulaError extends Error {
  readonly address: string;
  readonly formula: string;

  constructor(address: string, formula: string) {
    super(
      `${address}: the formula =${formula} has no saved value — open the workbook in Excel or LibreOffice, let it calculate, and save it`
    );
    this.name = "UncalculatedFormulaError";
    this.address = address;
    this.formula = formula;
  }
}

/** exceljs reads dates as UTC; Excel stores them as days since 1899-12-30 (1900 system). */
export function excelSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
}

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | null | undefined;

function scalarValue(value: Scalar): CellValue {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === "object") return { error: value.error };
  return value;
}

/**
 * Convert one exceljs cell value. A formula with no saved value is refused (`address`, e.g.
 * `Channels!E2`, names it) rather than guessed — or read as blank when `uncalculated` is `blank`.
 */
export function plainCellValue(
  value: ExcelJS.CellValue,
  address: string,
  uncalculated: "refuse" | "blank" = "refuse"
): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object" || value instanceof Date) return scalarValue(value);
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("sharedFormula" in value || "formula" in value) {
    if (value.result === undefined) {
      if (uncalculated === "blank") return "";
      const formula =
        "formula" in value && value.formula !== undefined
          ? value.formula
          : (value as ExcelJS.CellSharedFormulaValue).sharedFormula;
      throw new UncalculatedFormulaError(address, formula);
    }
    return scalarValue(value.result);
  }
  const unknown: never = value;
  throw new Error(`${address}: unsupported cell content ${JSON.stringify(unknown)}`);
}

/** True for a value that counts as an empty cell. */
export function isBlank(value: CellValue): boolean {
  return value === "" || value === null || (typeof value === "string" && value.trim() === "");
}
