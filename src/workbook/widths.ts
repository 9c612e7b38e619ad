/**
 * Column widths computed from a plan's content, so every host (Excel, exceljs, the memory
 * workbook, the stand-in) sets the same widths: Excel's own AutoFit depends on the fonts of the
 * machine it runs on and exceljs has none, so the width is estimated here, in characters of the
 * default font (Excel's column width unit).
 *
 * - A number counts as it shows in its format: digits with thousands separators, decimals, the
 *   currency or unit text in quotes, `%`, a minus sign. A formula (live value) counts as
 *   `FIGURE_WIDTH`, its value being unknown until Excel calculates it.
 * - Text counts in full when the cell to its right holds something (it cannot run over it), or
 *   when a chart covers one of the next two cells of its row (it would run under the chart: the
 *   budget sheet's "why it stops there" next to its chart); text with an empty right neighbour runs
 *   over into it, as Excel shows it, and does not widen the column (titles, notes, the audit
 *   values, definitions).
 * - Wrapped text (header rows) counts its longest word, or its whole length up to `WRAP_WIDTH`.
 * - A Chinese character counts two (`displayWidth`). Bold text counts 10% wider. Each width gets `PADDING`, then lies in [MIN_WIDTH, MAX_WIDTH];
 *   a column holding a figure is at least `FIGURE_WIDTH` wide (no `####`).
 */
import { blockRect, formatAt } from "./blocks";
import { displayWidth } from "./text";
import type { Block, CellWrite, NumberFormat, SheetPlan } from "./port";

export const MIN_WIDTH = 8;
export const MAX_WIDTH = 60;
export const FIGURE_WIDTH = 12;
export const WRAP_WIDTH = 18;
export const PADDING = 2;

/** How many characters a number takes in a format (its first section, or the negative one). */
export function numberWidth(value: number, format: NumberFormat | null): number {
  const sections = (format ?? "").split(";");
  const section = (value < 0 && sections.length > 1 ? sections[1] : sections[0]) ?? "";
  const literals = [...section.matchAll(/"([^"]*)"/g)].reduce((n, m) => n + m[1].length, 0);
  const bare = section.replace(/"[^"]*"/g, "");
  const percent = bare.includes("%");
  const decimals = /\.([0#]+)/.exec(bare)?.[1].length ?? (format === null ? 2 : 0);
  const shown = Math.abs(percent ? value * 100 : value).toFixed(decimals);
  const digits = shown.split(".")[0].length;
  const separators = bare.includes(",") ? Math.floor((digits - 1) / 3) : 0;
  const sign = value < 0 && sections.length < 2 ? 1 : 0;
  return shown.length + separators + literals + (percent ? 1 : 0) + sign;
}

function isFormula(cell: CellWrite): boolean {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

function hasContent(cell: CellWrite | undefined): boolean {
  return cell !== undefined && cell !== null && cell !== "";
}

/** The cells a plan's charts cover, keyed `row,column`. */
function underCharts(plan: SheetPlan): Set<string> {
  const covered = new Set<string>();
  for (const { anchor } of plan.charts ?? [])
    for (let r = 0; r < anchor.rows; r++)
      for (let c = 0; c < anchor.columns; c++)
        covered.add(`${anchor.row + r},${anchor.column + c}`);
  return covered;
}

/** The cells a plan fills (a spill's whole area included), keyed `row,column`. */
function occupied(plan: SheetPlan): Set<string> {
  const filled = new Set<string>();
  for (const block of plan.blocks) {
    if (block.spill !== undefined) {
      const rect = blockRect(block);
      for (let r = 0; r < rect.rows; r++)
        for (let c = 0; c < rect.columns; c++) filled.add(`${rect.row + r},${rect.column + c}`);
      continue;
    }
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (hasContent(cell)) filled.add(`${block.row + r},${block.column + c}`);
      })
    );
  }
  return filled;
}

function textWidth(text: string, block: Block, blocked: boolean): number {
  const bold = block.style?.bold === true ? 1.1 : 1;
  if (block.style?.wrap === true) {
    const longestWord = Math.max(0, ...text.split(/\s+/).map(displayWidth));
    return Math.max(longestWord, Math.min(displayWidth(text), WRAP_WIDTH)) * bold;
  }
  return blocked ? displayWidth(text) * bold : 0;
}

/** One block's needs: the widest cell per column, and the columns holding figures. */
function measureBlock(
  block: Block,
  cells: { filled: Set<string>; charts: Set<string> },
  need: Map<number, number>,
  figures: Set<number>
): void {
  const widen = (column: number, width: number): void => {
    need.set(column, Math.max(need.get(column) ?? 0, width));
  };
  if (block.spill !== undefined) {
    const rect = blockRect(block);
    for (let c = 0; c < rect.columns; c++) {
      figures.add(rect.column + c);
      widen(rect.column + c, FIGURE_WIDTH - PADDING);
    }
    return;
  }
  block.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      const column = block.column + c;
      if (typeof cell === "number") {
        figures.add(column);
        widen(column, numberWidth(cell, formatAt(block, r, c)));
      } else if (isFormula(cell)) {
        figures.add(column);
        widen(column, FIGURE_WIDTH - PADDING);
      } else if (typeof cell === "string" && cell !== "") {
        const row = block.row + r;
        const blocked =
          cells.filled.has(`${row},${column + 1}`) ||
          cells.charts.has(`${row},${column + 1}`) ||
          cells.charts.has(`${row},${column + 2}`);
        widen(column, textWidth(cell, block, blocked));
      }
    })
  );
}

/** The width of every column the plan writes to (see the rules at the top of this file). */
export function contentWidths(plan: SheetPlan): { column: number; width: number }[] {
  const cells = { filled: occupied(plan), charts: underCharts(plan) };
  const need = new Map<number, number>();
  const figures = new Set<number>();
  for (const block of plan.blocks) measureBlock(block, cells, need, figures);
  return [...need.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, chars]) => {
      let width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(chars + PADDING)));
      if (figures.has(column)) width = Math.max(width, FIGURE_WIDTH);
      return { column, width };
    });
}
