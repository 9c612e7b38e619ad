/** Types of the simulation (spec §9). */
import type { Driver, DriverMode, InputIssue, TableOrigin } from "../types";
import type { CellValue } from "../cells";
import type { Distribution } from "./distributions";

export type Sampling = "latin" | "random";
export const SAMPLINGS: readonly Sampling[] = ["latin", "random"];

/** One row of the Uncertainty table, validated. */
export interface UncertainDriver {
  /** The driver as written in the table (the samples CSV and the rank correlations use it). */
  text: string;
  driver: Driver;
  distribution: Distribution;
  apply: DriverMode;
}

/** One row of the Correlations table: the indices of two uncertain drivers and their ρ. */
export interface CorrelationEntry {
  a: number;
  b: number;
  correlation: number;
}

export interface UncertaintySpec {
  drivers: UncertainDriver[];
  correlations: CorrelationEntry[];
}

export type Grid = readonly (readonly CellValue[])[];

/** The sheet form: the Uncertainty (and optional Correlations) table, headers in the first row. */
export interface UncertaintyTables {
  uncertainty: Grid | null | undefined;
  correlations?: Grid | null;
  origins?: { uncertainty?: TableOrigin; correlations?: TableOrigin };
}

export interface UncertaintyOutcome {
  spec: UncertaintySpec | null;
  errors: InputIssue[];
  warnings: InputIssue[];
}

/** The settings of a run, as given (validated by `checkSettings`). */
export interface SimulationOptions {
  metric: unknown;
  iterations?: unknown;
  seed?: unknown;
  sampling?: unknown;
  target?: unknown;
}

export interface SimulationSettings {
  iterations: number;
  seed: number;
  sampling: Sampling;
  target: number;
}

export interface RankCorrelation {
  driver: string;
  /** null when the driver's samples or the metric do not vary. */
  rankCorrelation: number | null;
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** The answer of spec §9 for one metric. Statistics are null when no iteration has a value. */
export interface SimulationResult {
  metric: string;
  iterations: number;
  seed: number;
  sampling: Sampling;
  target: number;
  noValue: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  p1: number | null;
  p5: number | null;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  p95: number | null;
  p99: number | null;
  shareBelowTarget: number | null;
  rankCorrelations: RankCorrelation[];
  histogram: HistogramBin[];
  warnings: InputIssue[];
}

export const PERCENTILES = [1, 5, 10, 25, 50, 75, 90, 95, 99] as const;
