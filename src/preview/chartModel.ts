/**
 * What a chart the add-in wrote shows, read from the stand-in's workbook dump: the chart's kind
 * in plain words, its title, axis titles, series with their values and categories (as the cells
 * show them) and where its sheet placed it. Pure: the preview's chart view draws this.
 */
import { parseSheetRange } from "../workbook/a1";
import type { Rect } from "../workbook/port";
import type { DumpValue, SheetDump, WorkbookDump } from "../testing/office/dump";
import type { ChartRecord } from "../testing/office/workbook";
import { formatCell } from "./formatCell";

/** `tornado`: horizontal bars that grow from a base value (the value axis crosses there). */
export type ChartKind = "line" | "column" | "bar" | "tornado" | "scatter";

export interface ChartSeriesData {
  name: string;
  /** One value per category; null where the cell is empty, text or an error. */
  values: (number | null)[];
  /** Scatter charts: the x value of each point. */
  xs: (number | null)[];
}

export interface ChartModel {
  kind: ChartKind;
  title: string;
  /** Category labels as the cells show them, in the order the chart draws them top to bottom
   * (bar charts) or left to right (the others). */
  categories: string[];
  series: ChartSeriesData[];
  categoryTitle: string | null;
  valueTitle: string | null;
  /** The value axis' number format (Excel's), for its tick labels. */
  valueFormat: string;
  /** Bars grow from this value (tornado: the base case); 0 for ordinary bars. */
  base: number;
  /** The cells the chart covers on its sheet; null when it was never placed. */
  anchor: Rect | null;
}

const EXCEL_KINDS: Record<string, ChartKind> = {
  line: "line",
  linemarkers: "line",
  columnclustered: "column",
  columnstacked: "column",
  barclustered: "bar",
  barstacked: "bar",
  xyscatter: "scatter",
  xyscatterlines: "scatter",
  xyscatterlinesnomarkers: "scatter",
  xyscattersmooth: "scatter",
  xyscattersmoothnomarkers: "scatter",
};

/** The cells of `address` (`'GTM Results'!B10:B33`) read from the dump, row by row. */
function cellsAt(
  book: WorkbookDump,
  address: string | null,
  home: string
): { value: DumpValue; format: string }[] {
  if (address === null) return [];
  const parsed = parseSheetRange(address.includes("!") ? address : `'${home}'!${address}`);
  if (parsed === null) return [];
  const sheet: SheetDump | undefined = book.sheets.find(
    (s) => s.name.toLowerCase() === parsed.sheet.toLowerCase()
  );
  const cells: { value: DumpValue; format: string }[] = [];
  const { rect } = parsed;
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.column; c < rect.column + rect.columns; c++)
      cells.push({
        value: sheet?.values[r]?.[c] ?? null,
        format: sheet?.numberFormats[r]?.[c] ?? "General",
      });
  return cells;
}

const numberOrNull = (value: DumpValue): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

function anchorOf(chart: ChartRecord): Rect | null {
  if (chart.position === null) return null;
  const start = parseSheetRange(chart.position.start);
  const end = parseSheetRange(chart.position.end);
  if (start === null || end === null) return null;
  const row = Math.min(start.rect.row, end.rect.row);
  const column = Math.min(start.rect.column, end.rect.column);
  return {
    row,
    column,
    rows: Math.max(start.rect.row, end.rect.row) - row + 1,
    columns: Math.max(start.rect.column, end.rect.column) - column + 1,
  };
}

/** The chart's kind: a bar chart whose value axis crosses at a set value is a tornado. */
export function chartKind(chart: ChartRecord): ChartKind {
  const kind = EXCEL_KINDS[chart.type.toLowerCase()] ?? "column";
  return kind === "bar" && chart.valueAxis.positionAt !== null ? "tornado" : kind;
}

/** Read one chart of sheet `home` from the dump. */
export function chartModel(chart: ChartRecord, book: WorkbookDump, home: string): ChartModel {
  const kind = chartKind(chart);
  const first = chart.series[0];
  const categoryCells = cellsAt(book, first?.categories ?? null, home);
  const series = chart.series.map((s) => {
    const values = cellsAt(book, s.values, home).map((cell) => numberOrNull(cell.value));
    const xs = cellsAt(book, s.categories, home).map((cell) => numberOrNull(cell.value));
    return { name: s.name, values, xs };
  });
  const count = Math.max(0, ...series.map((s) => s.values.length));
  let categories = Array.from({ length: count }, (_, i) => {
    const cell = categoryCells[i];
    return cell === undefined ? String(i + 1) : formatCell(cell.value, cell.format);
  });
  const horizontal = kind === "bar" || kind === "tornado";
  // Excel draws a bar chart's first category at the bottom unless the plot order is reversed.
  const flip = horizontal && !chart.categoryAxis.reversePlotOrder;
  if (flip) categories = [...categories].reverse();
  const valueCells = cellsAt(book, first?.values ?? null, home);
  return {
    kind,
    title: chart.title ?? chart.name,
    categories,
    series: flip
      ? series.map((s) => ({ ...s, values: [...s.values].reverse(), xs: [...s.xs].reverse() }))
      : series,
    categoryTitle: chart.categoryAxis.title,
    valueTitle: chart.valueAxis.title,
    valueFormat: chart.valueAxis.numberFormat ?? valueCells[0]?.format ?? "General",
    base: chart.valueAxis.positionAt ?? 0,
    anchor: anchorOf(chart),
  };
}

/**
 * Round tick values covering [min, max] (about `count` of them, steps of 1, 2, 2.5 or 5 times a
 * power of ten), as a chart's value axis shows them.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return niceTicks(min - pad, max + pad, count);
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  // The round step nearest the raw one (by ratio), as Excel's automatic major unit.
  const step = [1, 2, 2.5, 5, 10]
    .map((m) => m * power)
    .reduce((best, s) => (Math.abs(Math.log(s / raw)) < Math.abs(Math.log(best / raw)) ? s : best));
  const start = Math.floor(min / step);
  const end = Math.ceil(max / step);
  // Rounded to the step's decimals so that 0.1 + 0.2 shows as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Array.from({ length: end - start + 1 }, (_, i) =>
    Number(((start + i) * step).toFixed(digits))
  );
}
