/**
 * What-if over any workbook cells (docs/whatif.md): the port a host implements to set input
 * cells, let the workbook calculate and read an output, and the plain data the sweep works with.
 * No Office.js here: `src/excel/whatIfPort.ts` implements the port over Office.js.
 */
import type { CellValue } from "../port";

/** Excel's calculation modes (`Excel.CalculationMode`). */
export type CalculationMode = "Automatic" | "AutomaticExceptTables" | "Manual";

/** One input cell set to a number, or cleared (`null`). `cell` is a sheet address (`Inputs!B2`). */
export interface CellSetting {
  cell: string;
  value: number | null;
}

/** The input settings of one point of a sweep: every cell the point changes. */
export type Point = readonly CellSetting[];

/** What `inspect` tells about one cell. */
export interface CellInfo {
  /** The address as given, normalised: `Inputs!B2`, `'My sheet'!C3`. */
  cell: string;
  /** False when the sheet does not exist. */
  exists: boolean;
  /** `range.formulas`: the formula's text, else the constant (`""` when blank). */
  formula: string | number | boolean;
  /** The value shown (a formula's result). */
  value: CellValue;
  numberFormat: string;
  /** Whether the cell's sheet is protected. */
  sheetProtected: boolean;
  /** Words for the cell from the text around it (`labelFrom`): `Price`, `NPV (Total)`; null when none. */
  label: string | null;
}

export interface Inspection {
  cells: CellInfo[];
  /** The workbook's calculation mode; null when the host cannot read or change it. */
  mode: CalculationMode | null;
}

/** An input cell as it was before the run: exactly what is written back. */
export interface SavedCell {
  cell: string;
  formula: string | number | boolean;
  numberFormat: string;
}

/**
 * Saved in the workbook (Excel: a custom XML part) BEFORE the first change, deleted after a
 * verified restore: what to put back if the pane is closed or crashes in the middle of a run.
 */
export interface RestoreRecord {
  version: 1;
  /** When the run started, ISO 8601 UTC. */
  started: string;
  /** The calculation mode to set back (null: left alone). */
  mode: CalculationMode | null;
  output: string;
  cells: SavedCell[];
}

/** A cell whose read-back after a restore differs from what was saved. */
export interface RestoreMismatch {
  cell: string;
  expected: string;
  found: string;
}

/**
 * The operations a host provides for a sweep. The comment of each says how many round trips it
 * costs on Excel; the runner's batching is built on these costs.
 */
export interface WhatIfPort {
  /** One round trip: each cell's formula, value, number format, sheet protection and label; the calculation mode. */
  inspect(cells: readonly string[]): Promise<Inspection>;
  /** The restore record left by an earlier run, or null. */
  readRecord(): Promise<RestoreRecord | null>;
  /** Save the record in the workbook (replacing an earlier one). */
  writeRecord(record: RestoreRecord): Promise<void>;
  clearRecord(): Promise<void>;
  /** One round trip. */
  setCalculationMode(mode: CalculationMode): Promise<void>;
  /**
   * ONE round trip for all the points: per point, write its inputs, calculate, read the output
   * (through its own range object, so each read holds its own point's value).
   */
  evaluate(points: readonly Point[], output: string): Promise<CellValue[]>;
  /** One round trip: the output as it is now (nothing written, nothing calculated). */
  readOutput(output: string): Promise<CellValue>;
  /**
   * One round trip: write every saved cell back (formula or value, then number format), set the
   * calculation mode back, read the cells again; returns the cells that do not match.
   */
  restore(record: RestoreRecord): Promise<RestoreMismatch[]>;
}

export interface AxisInput {
  cell: string;
  values: number[];
}

export interface TornadoInput {
  cell: string;
  low: number;
  high: number;
}

/** What to sweep. The output is one cell holding (usually) a formula. */
export type WhatIfRequest =
  | { kind: "table"; output: string; x: AxisInput; y?: AxisInput | null }
  | { kind: "tornado"; output: string; inputs: TornadoInput[] }
  | {
      kind: "goalSeek";
      output: string;
      input: string;
      target: number;
      low: number;
      high: number;
    };

/** A point whose output could not be read as a number. */
export interface PointFailure {
  point: Point;
  /** `#DIV/0!`, `still #BUSY! after 10 s`, `text "n/a"`. */
  reason: string;
}

export interface TableResult {
  x: number[];
  /** null for a one-way table. */
  y: number[] | null;
  /** `values[i][j]`: output at y[i] (row), x[j] (column); one row for a one-way table. null: not computed. */
  values: (number | null)[][];
}

export interface TornadoRow {
  cell: string;
  low: number;
  high: number;
  atLow: number | null;
  atHigh: number | null;
  /** |atHigh − atLow|; null when either is missing. */
  swing: number | null;
}

export interface GoalSeekResult {
  target: number;
  low: number;
  high: number;
  /** The input value where the output meets the target; null when no step brackets it. */
  value: number | null;
  /** The output read with the input at `value`. */
  outputAtValue: number | null;
  /** The first step of the 101-point scan that brackets the target. */
  step: [number, number] | null;
  /** Smallest and largest output seen over the scan (null when none was a number). */
  min: number | null;
  max: number | null;
}

export interface WhatIfResult {
  request: WhatIfRequest;
  /** The output and input cells as they were before the run (labels, formats, values). */
  output: CellInfo;
  inputs: CellInfo[];
  /** The output before the run. */
  base: CellValue;
  table?: TableResult;
  tornado?: TornadoRow[];
  goalSeek?: GoalSeekResult;
  failures: PointFailure[];
  /** Every computed output equal: the output probably does not depend on the inputs. */
  flat: boolean;
  /** Points evaluated (goal seek: scan + refinement), batches (round trips of `evaluate`) and the final points per batch. */
  points: number;
  batches: number;
  pointsPerSync: number;
}

export interface WhatIfOptions {
  /** The user confirmed that input cells holding formulas are replaced during the run (and restored after). */
  confirmFormulas?: boolean;
  /** The user confirmed a sweep of more than `MAX_POINTS` points. */
  confirmLarge?: boolean;
  /** Points per round trip (20). */
  pointsPerSync?: number;
  /** How long a `#BUSY!` output is waited for, per point (10 s). */
  settleTimeoutMs?: number;
  /** Time between two reads of a `#BUSY!` output (100 ms). */
  pollMs?: number;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  /** The clock (tests). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}
