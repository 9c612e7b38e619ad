/**
 * The colours a three-colour scale gives the cells of a sheet (lowest, 50th percentile, highest),
 * as Excel paints them: for the preview page's rendering of the stand-in's colour scales.
 */
import { parseSheetRange } from "../workbook/a1";
import type { ColorScaleRecord } from "../testing/office/workbook";
import type { DumpValue } from "../testing/office/dump";

interface Criteria {
  minimum?: { color?: string };
  midpoint?: { color?: string };
  maximum?: { color?: string };
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function mix(a: string, b: string, t: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  const channel = (i: number): string =>
    Math.round(x[i] + (y[i] - x[i]) * t)
      .toString(16)
      .padStart(2, "0");
  return `#${channel(0)}${channel(1)}${channel(2)}`.toUpperCase();
}

function median(sorted: number[]): number {
  const middle = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(middle)];
  const high = sorted[Math.ceil(middle)];
  return (low + high) / 2;
}

/** Fill colour by cell name (`C5`) for every numeric cell under a colour scale. */
export function heatMapFills(
  scales: ColorScaleRecord[],
  values: DumpValue[][]
): Map<string, string> {
  const fills = new Map<string, string>();
  for (const scale of scales) {
    const range = parseSheetRange(scale.address);
    const criteria = scale.criteria as Criteria | null;
    const low = criteria?.minimum?.color;
    const mid = criteria?.midpoint?.color;
    const high = criteria?.maximum?.color;
    if (range === null || low === undefined || mid === undefined || high === undefined) continue;
    const cells: { row: number; column: number; value: number }[] = [];
    for (let r = range.rect.row; r < range.rect.row + range.rect.rows; r++) {
      for (let c = range.rect.column; c < range.rect.column + range.rect.columns; c++) {
        const value = values[r]?.[c];
        if (typeof value === "number") cells.push({ row: r, column: c, value });
      }
    }
    if (cells.length === 0) continue;
    const sorted = cells.map((cell) => cell.value).sort((a, b) => a - b);
    const [min, max, med] = [sorted[0], sorted[sorted.length - 1], median(sorted)];
    for (const { row, column, value } of cells) {
      let color: string;
      if (value <= med) color = med === min ? mid : mix(low, mid, (value - min) / (med - min));
      else color = max === med ? mid : mix(mid, high, (value - med) / (max - med));
      fills.set(`${row},${column}`, color);
    }
  }
  return fills;
}
