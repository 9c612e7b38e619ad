/**
 * Monte Carlo on the model (spec §9), in three steps so that hosts can yield, show progress and
 * cancel between chunks, or spread chunks over workers:
 *   `planSimulation` validates the settings and draws every sample (deterministic from the seed);
 *   `simulateChunk(plan, from, to)` evaluates iterations from..to−1 on one reused Evaluator;
 *   `summarize(plan, chunks)` puts the chunks in iteration order and computes the statistics.
 * Iteration i depends on (seed, driver, i) only, so any split gives the same numbers to the bit.
 */
import { parseMetric, resolveDriver } from "../drivers";
import { ModelInputError, makeIssue } from "../errors";
import { Evaluator } from "../evaluator";
import { paramsFromModel } from "../params";
import { formatNumber, isWholeRule, MAX_HORIZON, type Rule } from "../schema";
import type { Driver, InputIssue, ModelInput, Override } from "../types";
import { drawDriverSteps, imanConoverSteps, rankCorrelationMatrix } from "./sampling";
import { checkSettings } from "./settings";
import { averageRanks, histogram, pearson, percentileInc } from "./statistics";
import {
  PERCENTILES,
  type RankCorrelation,
  type SimulationOptions,
  type SimulationResult,
  type SimulationSettings,
  type UncertaintySpec,
} from "./types";

type MetricId = ReturnType<typeof parseMetric>;

/** One row a driver sets: its override (reused, value set per iteration), baseline and rule. */
interface Slot {
  override: Override;
  base: number;
  rule: Rule;
  isHorizon: boolean;
}

export interface SimulationPlan {
  model: ModelInput;
  metric: MetricId;
  /** The metric's name as the answer shows it: `npv` (the canonical name when the metric is a plain one). */
  metricName: string;
  settings: SimulationSettings;
  spec: UncertaintySpec;
  /** samples[j][i]: driver j's sample in iteration i, as drawn (before clamping). */
  samples: Float64Array[];
  /** slots[j]: the rows driver j sets. */
  slots: Slot[][];
  overrides: Override[];
  warnings: InputIssue[];
}

export interface ChunkResult {
  from: number;
  /** The metric per iteration from..to−1; NaN where the metric has no value. */
  values: Float64Array;
  /** Per driver, the iterations in the chunk where a sample was clamped to its field's range. */
  clamped: Uint32Array;
}

const roundHalfAway = (value: number): number => Math.sign(value) * Math.round(Math.abs(value));

/** A sample put inside its field's valid range (spec §9); `clamped` tells whether it had to move. */
export function clampSample(
  rule: Rule,
  value: number,
  base: number,
  horizon: number
): { value: number; clamped: boolean } {
  const v = isWholeRule(rule) ? roundHalfAway(value) + 0 : value;
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  switch (rule) {
    case "rate":
      [lo, hi] = [0, 1];
      break;
    case "nonNegative":
    case "wholeNonNegative":
      lo = 0;
      break;
    case "positive":
      if (v > 0) return { value: v, clamped: false };
      return { value: base > 0 ? base * 1e-9 : 1e-9, clamped: true };
    case "horizon":
      [lo, hi] = [1, MAX_HORIZON];
      break;
    case "launch":
      [lo, hi] = [1, horizon];
      break;
  }
  if (v < lo) return { value: lo, clamped: true };
  if (v > hi) return { value: hi, clamped: true };
  return { value: v, clamped: false };
}

/** The rows a driver sets, each as its own value override (a blank row is left blank by `scale`). */
function slotsOf(model: ModelInput, driver: Driver, mode: "value" | "scale"): Slot[] {
  const target = resolveDriver(driver, model);
  const base = target.pick(paramsFromModel(model));
  return target.rows.flatMap((row, i) => {
    const baseline = base[row] as number;
    if (mode === "scale" && Number.isNaN(baseline)) return [];
    const rowDriver: Driver =
      driver.kind === "assumption"
        ? driver
        : {
            ...driver,
            row: target.rowNames[i] ?? "",
            text: `${driver.kind}[${target.rowNames[i] ?? ""}].${driver.field}`,
          };
    return [
      {
        override: { driver: rowDriver, mode: "value", value: baseline },
        base: baseline,
        rule: target.rule,
        isHorizon: driver.kind === "assumption" && driver.field === "horizon",
      },
    ];
  });
}

/** Validate the settings and the metric (ModelInputError with every problem). */
function checkOptions(options: SimulationOptions): {
  settings: SimulationSettings;
  metric: MetricId;
  metricName: string;
} {
  const { settings, errors } = checkSettings(options);
  const issues = [...errors];
  let metric: MetricId | null = null;
  try {
    metric = parseMetric(options.metric);
  } catch (error) {
    if (!(error instanceof ModelInputError)) throw error;
    issues.push(...error.issues);
  }
  if (settings === null || metric === null || issues.length > 0) throw new ModelInputError(issues);
  const metricName = typeof metric === "string" ? metric : String(options.metric).trim();
  return { settings, metric, metricName };
}

/**
 * The plan in steps: it yields after each driver's draws and each step of Iman–Conover (each well
 * under a second for a million iterations), so a host can take control between them.
 */
export function* planSteps(
  model: ModelInput,
  spec: UncertaintySpec,
  options: SimulationOptions
): Generator<void, SimulationPlan> {
  const { settings, metric, metricName } = checkOptions(options);
  const slots = spec.drivers.map((entry) => slotsOf(model, entry.driver, entry.apply));
  const samples: Float64Array[] = [];
  for (let j = 0; j < spec.drivers.length; j++) {
    samples.push(
      yield* drawDriverSteps(spec, j, settings.iterations, settings.seed, settings.sampling)
    );
    yield;
  }
  const warnings: InputIssue[] = [];
  if (spec.correlations.length > 0) {
    const target = rankCorrelationMatrix(spec);
    warnings.push(...target.warnings);
    yield* imanConoverSteps(samples, target.matrix, settings.seed);
  }
  const overrides = slots.flat().map((slot) => slot.override);
  return { model, metric, metricName, settings, spec, samples, slots, overrides, warnings };
}

/** Validate the settings and the metric, and draw every sample. Throws ModelInputError. */
export function planSimulation(
  model: ModelInput,
  spec: UncertaintySpec,
  options: SimulationOptions
): SimulationPlan {
  const steps = planSteps(model, spec, options);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

const evaluators = new WeakMap<SimulationPlan, Evaluator>();

/** Evaluate iterations from..to−1 (one Evaluator per plan, its buffers reused). */
export function simulateChunk(plan: SimulationPlan, from: number, to: number): ChunkResult {
  let evaluator = evaluators.get(plan);
  if (evaluator === undefined) {
    evaluator = new Evaluator(plan.model);
    evaluators.set(plan, evaluator);
  }
  const values = new Float64Array(to - from);
  const clamped = new Uint32Array(plan.samples.length);
  const baseHorizon = plan.model.assumptions.horizon;
  const apply = plan.spec.drivers.map((entry) => entry.apply);
  for (let i = from; i < to; i++) {
    let horizon = baseHorizon;
    for (let j = 0; j < plan.slots.length; j++) {
      const sample = (plan.samples[j] as Float64Array)[i] as number;
      let moved = false;
      for (const slot of plan.slots[j] as Slot[]) {
        const raw = apply[j] === "scale" ? slot.base * sample : sample;
        const next = clampSample(slot.rule, raw, slot.base, horizon);
        slot.override.value = next.value;
        moved ||= next.clamped;
        if (slot.isHorizon) horizon = next.value;
      }
      if (moved) clamped[j] = (clamped[j] as number) + 1;
    }
    const value = evaluator.metric(plan.metric, plan.overrides);
    values[i - from] = value === null ? Number.NaN : value;
  }
  return { from, values, clamped };
}

/** The chunks' metric values in iteration order, and the clamped counts; every iteration once. */
export function collect(
  plan: SimulationPlan,
  chunks: readonly ChunkResult[]
): { values: Float64Array; clamped: Uint32Array } {
  const n = plan.settings.iterations;
  const values = new Float64Array(n);
  const clamped = new Uint32Array(plan.samples.length);
  let covered = 0;
  for (const chunk of [...chunks].sort((a, b) => a.from - b.from)) {
    if (chunk.from !== covered)
      throw new Error(`simulation chunks do not cover iteration ${covered} exactly once`);
    values.set(chunk.values, chunk.from);
    covered += chunk.values.length;
    chunk.clamped.forEach((count, j) => (clamped[j] = (clamped[j] as number) + count));
  }
  if (covered !== n) throw new Error(`simulation chunks cover ${covered} of ${n} iterations`);
  return { values, clamped };
}

function clampWarnings(plan: SimulationPlan, clamped: Uint32Array): InputIssue[] {
  const n = plan.settings.iterations;
  return plan.spec.drivers.flatMap((entry, j) => {
    const count = clamped[j] as number;
    if (!(count / n > 0.01)) return [];
    const share = `${formatNumber(Number(((100 * count) / n).toFixed(1)))}%`;
    return [
      makeIssue(
        "warning",
        { table: "Uncertainty", row: entry.text },
        `${share} of its samples (${count.toLocaleString("en-US")} of ${n.toLocaleString("en-US")}) were outside the field's valid range and were clamped to it`
      ),
    ];
  });
}

/** Each driver's Spearman correlation with the metric over the iterations that have a value. */
function rankCorrelations(
  plan: SimulationPlan,
  values: Float64Array,
  kept: Uint32Array | null
): RankCorrelation[] {
  const pick = (series: Float64Array): Float64Array =>
    kept === null ? series : Float64Array.from(kept, (i) => series[i] as number);
  const metricRanks = averageRanks(pick(values));
  const rows = plan.spec.drivers.map((entry, j) => ({
    driver: entry.text,
    rankCorrelation:
      metricRanks.length < 2
        ? null
        : pearson(averageRanks(pick(plan.samples[j] as Float64Array)), metricRanks),
  }));
  const key = (row: RankCorrelation): number =>
    row.rankCorrelation === null ? -1 : Math.abs(row.rankCorrelation);
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => key(b.row) - key(a.row) || a.i - b.i)
    .map((entry) => entry.row);
}

/** The answer of spec §9 from the chunks of a plan. */
export function summarize(plan: SimulationPlan, chunks: readonly ChunkResult[]): SimulationResult {
  const { values, clamped } = collect(plan, chunks);
  const n = values.length;
  let noValue = 0;
  for (let i = 0; i < n; i++) if (Number.isNaN(values[i] as number)) noValue++;
  let kept: Uint32Array | null = null;
  if (noValue > 0) {
    kept = new Uint32Array(n - noValue);
    let k = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(values[i] as number)) kept[k++] = i;
  }
  const present = kept === null ? values : Float64Array.from(kept, (i) => values[i] as number);
  const m = present.length;
  let sum = 0;
  for (let i = 0; i < m; i++) sum += present[i] as number;
  const mean = m > 0 ? sum / m : null;
  let squares = 0;
  let below = 0;
  for (let i = 0; i < m; i++) {
    const value = present[i] as number;
    squares += (value - (mean as number)) ** 2;
    if (value < plan.settings.target) below++;
  }
  const sorted = Float64Array.from(present).sort();
  const percentile = (p: number): number | null => (m > 0 ? percentileInc(sorted, p / 100) : null);
  const [p1, p5, p10, p25, p50, p75, p90, p95, p99] = PERCENTILES.map(percentile) as (
    number | null
  )[];
  return {
    metric: plan.metricName,
    ...plan.settings,
    noValue,
    mean,
    sd: m > 1 ? Math.sqrt(squares / (m - 1)) : null,
    min: m > 0 ? (sorted[0] as number) : null,
    max: m > 0 ? (sorted[m - 1] as number) : null,
    p1: p1 ?? null,
    p5: p5 ?? null,
    p10: p10 ?? null,
    p25: p25 ?? null,
    p50: p50 ?? null,
    p75: p75 ?? null,
    p90: p90 ?? null,
    p95: p95 ?? null,
    p99: p99 ?? null,
    shareBelowTarget: m > 0 ? below / m : null,
    rankCorrelations: rankCorrelations(plan, values, kept),
    histogram: histogram(sorted),
    warnings: [...plan.warnings, ...clampWarnings(plan, clamped)],
  };
}

/** The whole simulation in one call (hosts that must yield use the chunks, or `simulateAsync`). */
export function simulate(
  model: ModelInput,
  spec: UncertaintySpec,
  options: SimulationOptions
): SimulationResult {
  const plan = planSimulation(model, spec, options);
  return summarize(plan, [simulateChunk(plan, 0, plan.settings.iterations)]);
}

export interface AsyncControl {
  /** Iterations per chunk (default 500). */
  chunkSize?: number;
  /** Give the host control at least this often, in milliseconds (default 200). */
  sliceMs?: number;
  /** Called after each chunk with the iterations done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Awaited to give the host control (default: a macrotask, setTimeout 0). */
  pause?: () => Promise<void>;
  /** Checked after every step: true stops the run, which then resolves to null. */
  cancelled?: () => boolean;
  /** The clock for the slices (default Date.now). */
  now?: () => number;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Pause when the current slice is used up; true when the run is cancelled. */
export function slicer(control: AsyncControl): () => Promise<boolean> {
  const now = control.now ?? Date.now;
  const slice = control.sliceMs ?? 200;
  let start = now();
  return async () => {
    if (now() - start >= slice) {
      await (control.pause ?? nextTask)();
      start = now();
    }
    return control.cancelled?.() === true;
  };
}

/**
 * The simulation in steps and chunks, giving the host control every `sliceMs`; null when
 * cancelled. Exactly the numbers of `simulate`.
 */
export async function simulateAsync(
  model: ModelInput,
  spec: UncertaintySpec,
  options: SimulationOptions,
  control: AsyncControl = {}
): Promise<SimulationResult | null> {
  const breathe = slicer(control);
  const steps = planSteps(model, spec, options);
  let step = steps.next();
  while (step.done !== true) {
    if (await breathe()) return null;
    step = steps.next();
  }
  const plan = step.value;
  const n = plan.settings.iterations;
  const size = Math.max(1, Math.floor(control.chunkSize ?? 500));
  const chunks: ChunkResult[] = [];
  for (let from = 0; from < n; from += size) {
    if (await breathe()) return null;
    chunks.push(simulateChunk(plan, from, Math.min(n, from + size)));
    control.onProgress?.(Math.min(n, from + size), n);
  }
  if (await breathe()) return null;
  return summarize(plan, chunks);
}
