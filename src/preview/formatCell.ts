/**
 * How the preview shows a cell: its number format code rendered by `numfmt` as Excel renders it
 * (src/workbook/render.ts) — `($55,000)` in red for accounting negatives, `12.5%`, `6.0 months`.
 */
import { renderColor, renderNumber } from "../workbook/render";
import type { DumpValue } from "../testing/office/dump";

/** Excel's named font colours of a format section (`[Red]`), as CSS colours. */
const COLORS: Record<string, string> = {
  black: "#000000",
  blue: "#0000FF",
  cyan: "#00FFFF",
  green: "#008000",
  magenta: "#FF00FF",
  red: "#C00000",
  white: "#FFFFFF",
  yellow: "#FFFF00",
};

/** The text and the colour (`[Red]`, or null) a cell shows with its number format. */
export function formatCellStyled(
  value: DumpValue,
  format: string
): { text: string; color: string | null } {
  if (value === null) return { text: "", color: null };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", color: null };
  if (typeof value === "string") return { text: value, color: null };
  const code = format === "" ? "General" : format;
  const color = renderColor(code, value);
  return {
    text: renderNumber(code, value),
    color: color === null ? null : (COLORS[color.toLowerCase()] ?? color),
  };
}

export function formatCell(value: DumpValue, format: string): string {
  return formatCellStyled(value, format).text;
}

/** A chart's axis label or data callout: the cell's text without its alignment padding (`_)`). */
export function formatAxis(value: DumpValue, format: string): string {
  return formatCell(value, format).trim();
}
