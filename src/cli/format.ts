/**
 * Figures for the terminal, exactly as the sheets show them: the presentation table's kind and
 * decimals give the Excel number format code (src/workbook/formats.ts) and `numfmt` renders it —
 * money in the model's currency with accounting negatives, rates as percentages, periods with the
 * model's period unit, and "n/a" where the spec leaves a value undefined.
 */
import { metricInfo, type Locale, type PeriodUnit, type Presentation } from "../model";
import { localizedFormat, presentationFormat } from "../workbook/formats";
import { renderNumber } from "../workbook/render";
import { printable } from "./errors";
import { displayWidth, padEndTo, padStartTo } from "./i18n/width";

export interface FigureStyle {
  /** The model's currency code (`assumptions.currency`); USD when null. */
  currency: string | null;
  periodUnit: PeriodUnit;
  /** `--lang`: the language of the words (the period word of a periods figure); English by default. */
  locale?: Locale;
}

export type FigurePresentation = Pick<Presentation, "kind" | "decimals">;

export const NOT_AVAILABLE = "n/a";

export function plural(unit: PeriodUnit, count: number): string {
  return count === 1 ? unit : `${unit}s`;
}

/**
 * One figure as its sheet cell shows it, padding included (`$55,000 ` lines up with `($55,000)`
 * in a right-aligned column); null → "n/a".
 */
export function formatFigure(
  value: number | null,
  presentation: FigurePresentation,
  style: FigureStyle
): string {
  if (value === null) return NOT_AVAILABLE;
  if (!Number.isFinite(value)) throw new Error(`refusing to print the number ${value}`);
  return renderNumber(
    localizedFormat(presentationFormat(presentation, style), style.locale),
    value
  );
}

/** A figure inside a sentence: as its cell shows it, without the alignment padding. */
export function figureWords(
  value: number | null,
  presentation: FigurePresentation,
  style: FigureStyle
): string {
  return formatFigure(value, presentation, style).trim();
}

export function formatMetric(value: number | null, metric: string, style: FigureStyle): string {
  return formatFigure(value, metricInfo(metric), style);
}

/** A plain number as typed on the command line (driver values): up to 12 significant digits. */
export function formatPlain(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** Align a table: first column left, the others right; a rule under the header row (in terminal columns). */
export function renderTable(cells: readonly (readonly string[])[]): string {
  // Names are user text: control characters shown escaped, so each row stays one line.
  const rows = cells.map((row) => row.map(printable));
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, j) => (widths[j] = Math.max(widths[j] ?? 0, displayWidth(cell))));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, j) => (j === 0 ? padEndTo(cell, widths[j]) : padStartTo(cell, widths[j])))
      .join("  ")
      .trimEnd();
  const [header, ...body] = rows;
  if (header === undefined) return "";
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(header), rule, ...body.map(line)].join("\n") + "\n";
}
