/**
 * Figures for the terminal, as a finance user reads them: money with the currency symbol and
 * thousands separators, rates as percentages, periods with the model's period unit, and "n/a"
 * where the spec leaves a value undefined. Never NaN, never scientific notation.
 */
import { metricInfo, type MetricInfo, type PeriodUnit } from "../model";
import { printable } from "./errors";

type FigureKind = MetricInfo["kind"];

export interface FigureStyle {
  currency: string;
  periodUnit: PeriodUnit;
}

export const NOT_AVAILABLE = "n/a";

function grouped(value: number, decimals: number): string {
  return Math.abs(value).toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: true,
  });
}

function signed(value: number, body: string): string {
  return value < 0 && body.replace(/[^1-9]/g, "") !== "" ? `-${body}` : body;
}

export function plural(unit: PeriodUnit, count: number): string {
  return count === 1 ? unit : `${unit}s`;
}

/** One figure of a given kind; null → "n/a". */
export function formatFigure(value: number | null, kind: FigureKind, style: FigureStyle): string {
  if (value === null) return NOT_AVAILABLE;
  if (!Number.isFinite(value)) throw new Error(`refusing to print the number ${value}`);
  switch (kind) {
    case "money":
      return signed(value, `${style.currency}${grouped(value, 0)}`);
    case "rate":
      return signed(value, `${grouped(value * 100, 1)}%`);
    case "count":
      return signed(value, grouped(value, 1));
    case "ratio":
      return signed(value, `${grouped(value, 2)}x`);
    case "periods":
      return `${signed(value, grouped(value, 1))} ${plural(style.periodUnit, value)}`;
  }
}

export function formatMetric(value: number | null, metric: string, style: FigureStyle): string {
  return formatFigure(value, metricInfo(metric).kind, style);
}

/** A plain number as typed on the command line (driver values): up to 12 significant digits. */
export function formatPlain(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** Align a table: first column left, the others right; a rule under the header row. */
export function renderTable(cells: readonly (readonly string[])[]): string {
  // Names are user text: control characters shown escaped, so each row stays one line.
  const rows = cells.map((row) => row.map(printable));
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, j) => (widths[j] = Math.max(widths[j] ?? 0, cell.length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j])))
      .join("  ")
      .trimEnd();
  const [header, ...body] = rows;
  if (header === undefined) return "";
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(header), rule, ...body.map(line)].join("\n") + "\n";
}
