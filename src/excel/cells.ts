/** Cell values between the port's plain data and what Office.js hands over or accepts. */
import { needsTextGuard } from "../workbook/text";
import type { CellValue, CellWrite } from "../workbook/port";

type ExcelInput = string | number | boolean;

/**
 * What to assign through `range.formulas` for one planned cell: text that Excel would parse
 * (`=x`, `+x`, `2024`, `TRUE`…) gets Excel's leading apostrophe, so it stays the same text; a
 * formula is its text; an error value its literal (`#N/A`); a blank cell `""` (cleared).
 */
export function toExcelInput(cell: CellWrite): ExcelInput {
  if (cell === null) return "";
  if (typeof cell === "string") return needsTextGuard(cell) ? `'${cell}` : cell;
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if ("formula" in cell) return cell.formula;
  return cell.error;
}

/** A cell read from Excel: errors (valueType `Error`) become `{ error }`, everything else stays. */
export function fromExcelValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Error" && typeof value === "string") return { error: value };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return "";
}

/** Values and value types of a loaded range, combined. */
export function readCells(values: unknown[][], valueTypes: string[][]): CellValue[][] {
  return values.map((row, r) => row.map((value, c) => fromExcelValue(value, valueTypes[r]?.[c])));
}
