/**
 * What an Excel number format code shows for a number, rendered by `numfmt` (MIT), a full
 * implementation of Excel's format codes: the preview's cells and the command line's figures show
 * exactly what Excel shows for the codes the sheets carry. Kept out of src/workbook/index.ts so the
 * task pane and custom-function bundles do not carry it.
 */
import { format, formatColor } from "numfmt";
import type { NumberFormat } from "./port";

/** The text a number shows with a format code, as Excel renders it (`($55,000)`, `12.5%`). */
export function renderNumber(code: NumberFormat, value: number): string {
  return format(code, value, { locale: "en-US" });
}

/** The colour a format code gives a number (`[Red]` → `red`), null for the cell's own colour. */
export function renderColor(code: NumberFormat, value: number): string | null {
  const color = formatColor(code, value);
  return typeof color === "string" ? color : null;
}
