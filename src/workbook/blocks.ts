/**
 * Pure helpers over plans: the rectangle a block covers, splitting blocks under a host's request
 * limit, and the check that no plan ever carries NaN, Infinity or undefined.
 */
import { cellTextProblem } from "../model";
import { cellRef, rectUnion } from "./a1";
import { message, parseMessage } from "./messages";
import type { Message } from "./messages";
import { isValidExcelName } from "./ownership";
import type { Block, CellWrite, NumberFormat, Rect, SheetPlan } from "./port";

/** Cells per block that keep an Office.js request well under Excel on the web's 5 MB limit. */
export const DEFAULT_BLOCK_CELLS = 20000;

/** The rectangle a block's cells cover (its spill, when it has one and it is larger). */
export function blockRect(block: Block): Rect {
  const rows = block.cells.length;
  const columns = rows === 0 ? 0 : (block.cells[0] as CellWrite[]).length;
  return {
    row: block.row,
    column: block.column,
    rows: Math.max(rows, block.spill?.rows ?? 0),
    columns: Math.max(columns, block.spill?.columns ?? 0),
  };
}

/** The rectangle of everything a plan writes into cells (blocks, tables, highlights). */
export function planExtent(plan: SheetPlan): Rect {
  let extent: Rect | null = null;
  const add = (rect: Rect): void => {
    if (rect.rows <= 0 || rect.columns <= 0) return;
    extent = extent === null ? rect : rectUnion(extent, rect);
  };
  for (const block of plan.blocks) add(blockRect(block));
  for (const table of plan.tables ?? []) add(table);
  for (const h of plan.highlights ?? []) add({ row: h.row, column: h.column, rows: 1, columns: 1 });
  return extent ?? { row: 0, column: 0, rows: 1, columns: 1 };
}

function sliceFormats(
  block: Block,
  r0: number,
  r1: number,
  c0: number,
  c1: number
): Partial<Block> {
  const out: Partial<Block> = {};
  if (block.numberFormat !== undefined) out.numberFormat = block.numberFormat;
  if (block.columnFormats !== undefined) out.columnFormats = block.columnFormats.slice(c0, c1);
  if (block.cellFormats !== undefined) {
    out.cellFormats = block.cellFormats.slice(r0, r1).map((row) => row.slice(c0, c1));
  }
  if (block.style !== undefined) out.style = block.style;
  return out;
}

/**
 * Split a block into blocks of at most `maxCells` cells each: whole rows when a row fits, else
 * column strips of each row. Formats and style follow their cells. A block with a spill is
 * returned whole (it is a single formula cell).
 */
export function splitBlock(block: Block, maxCells: number = DEFAULT_BLOCK_CELLS): Block[] {
  if (!Number.isInteger(maxCells) || maxCells < 1)
    throw new RangeError(`Block size must be a whole number ≥ 1, not ${maxCells}`);
  const rows = block.cells.length;
  const columns = rows === 0 ? 0 : (block.cells[0] as CellWrite[]).length;
  if (rows * columns <= maxCells || block.spill !== undefined) return [block];
  const parts: Block[] = [];
  if (columns <= maxCells) {
    const step = Math.floor(maxCells / columns);
    for (let r = 0; r < rows; r += step) {
      const r1 = Math.min(rows, r + step);
      parts.push({
        row: block.row + r,
        column: block.column,
        cells: block.cells.slice(r, r1),
        ...sliceFormats(block, r, r1, 0, columns),
      });
    }
    return parts;
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c += maxCells) {
      const c1 = Math.min(columns, c + maxCells);
      parts.push({
        row: block.row + r,
        column: block.column + c,
        cells: [(block.cells[r] as CellWrite[]).slice(c, c1)],
        ...sliceFormats(block, r, r + 1, c, c1),
      });
    }
  }
  return parts;
}

/** Split every block of a plan (hosts with request limits call this). */
export function splitPlanBlocks(plan: SheetPlan, maxCells: number = DEFAULT_BLOCK_CELLS): Block[] {
  return plan.blocks.flatMap((block) => splitBlock(block, maxCells));
}

/** The number format that applies to cell (r, c) of a block, if any. */
export function formatAt(block: Block, r: number, c: number): NumberFormat | null {
  return block.cellFormats?.[r]?.[c] ?? block.columnFormats?.[c] ?? block.numberFormat ?? null;
}

/** Thrown by `checkPlan` when a plan would put something a finance user must never see on a sheet. */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanError";
  }
}

/**
 * A plan past what a sheet can hold (Excel's grid, 32,767 characters a cell): a message for the
 * user, with its words (`text`) for the pane's language when the add-in wrote it.
 */
export class PlanLimitError extends PlanError {
  readonly text?: Message;
  constructor(english: string, text?: Message) {
    super(english);
    this.name = "PlanLimitError";
    this.text = text;
  }
}

/** Excel's grid: rows and columns of a worksheet. */
export const EXCEL_GRID = { rows: 1_048_576, columns: 16_384 } as const;

/** Refuse a plan that does not fit Excel's grid, naming what it would need. */
function checkGrid(plan: SheetPlan): void {
  const extent = planExtent(plan);
  const rows = extent.row + extent.rows;
  const columns = extent.column + extent.columns;
  if (rows <= EXCEL_GRID.rows && columns <= EXCEL_GRID.columns) return;
  const n = (x: number): string => x.toLocaleString("en-US");
  throw new PlanLimitError(
    `${plan.name}: the sheet would need ${n(rows)} rows × ${n(columns)} columns — Excel holds ${n(EXCEL_GRID.rows)} rows × ${n(EXCEL_GRID.columns)} columns; use fewer values, channels or periods`,
    message("sheetTooLarge", plan.name, rows, columns, EXCEL_GRID.rows, EXCEL_GRID.columns)
  );
}

function badCell(cell: unknown): string | null {
  if (cell === undefined) return "undefined";
  if (typeof cell === "number" && !Number.isFinite(cell)) return String(cell);
  if (typeof cell === "object" && cell !== null && "formula" in cell) {
    const f = (cell as { formula: unknown }).formula;
    if (typeof f !== "string" || !f.startsWith("=")) return `formula ${String(f)}`;
    if (/\b(NaN|undefined|Infinity)\b/.test(f)) return `formula ${f}`;
  }
  return null;
}

function badFormat(format: NumberFormat | null | undefined): boolean {
  if (format === null || format === undefined) return false;
  return (
    format === "" || /E[+-]/i.test(format.replace(/"[^"]*"/g, "")) || /\bundefined\b/.test(format)
  );
}

/**
 * Refuse a plan holding NaN, ±Infinity, `undefined`, a malformed formula, ragged rows, or a
 * scientific (`0.00E+00`) number format. Hosts never see such a plan. Text is not judged: a user
 * may name a channel "NaN"; the services' own labels are checked by the tests.
 */
export function checkPlan(plan: SheetPlan): void {
  checkGrid(plan);
  for (const block of plan.blocks) {
    const width = block.cells[0]?.length ?? 0;
    block.cells.forEach((row, r) => {
      if (row.length !== width)
        throw new PlanError(
          `${plan.name}!${cellRef(block.row + r, block.column)}: rows of a block must have equal length`
        );
      row.forEach((cell, c) => {
        const text = typeof cell === "string" ? cellTextProblem(cell) : null;
        if (text !== null) {
          const cell = `${plan.name}!${cellRef(block.row + r, block.column + c)}`;
          const problem = parseMessage(text, ["text.character", "text.long"]) ?? text;
          throw new PlanLimitError(
            `${cell}: the text ${text}`,
            message("cellTextProblem", cell, problem)
          );
        }
        const bad = badCell(cell);
        if (bad !== null)
          throw new PlanError(
            `${plan.name}!${cellRef(block.row + r, block.column + c)}: refusing to write ${bad}`
          );
        if (badFormat(formatAt(block, r, c))) {
          throw new PlanError(
            `${plan.name}!${cellRef(block.row + r, block.column + c)}: refusing number format "${formatAt(block, r, c)}"`
          );
        }
      });
    });
    for (const f of [block.numberFormat, ...(block.columnFormats ?? [])]) {
      if (badFormat(f)) throw new PlanError(`${plan.name}: refusing number format "${f}"`);
    }
  }
  // Excel refuses a table name that is not a valid name (`Mix2` is a cell): every host checks it here.
  for (const table of plan.tables ?? []) {
    if (!isValidExcelName(table.name))
      throw new PlanError(`${plan.name}: "${table.name}" is not a name Excel accepts for a table`);
  }
  for (const chart of plan.charts ?? []) {
    if (chart.crossesAt !== undefined && !Number.isFinite(chart.crossesAt)) {
      throw new PlanError(`${plan.name}: chart "${chart.title}" crosses at ${chart.crossesAt}`);
    }
    if (badFormat(chart.valueFormat))
      throw new PlanError(`${plan.name}: chart "${chart.title}" has format "${chart.valueFormat}"`);
  }
}
