/**
 * Drawing the samples (spec §9): Latin hypercube or plain random numbers from the seeded streams,
 * through each distribution's quantile, then — with a Correlations table — Iman–Conover reordering
 * to the requested rank correlations. Everything here depends on (seed, driver, iteration) only.
 */
import { makeIssue } from "../errors";
import { formatNumber } from "../schema";
import type { InputIssue } from "../types";
import { samplerOf } from "./distributions";
import {
  cholesky,
  identity,
  invertLower,
  multiply,
  nearestCorrelation,
  smallestEigenvalue,
  type Matrix,
} from "./matrix";
import { STREAM, stream } from "./random";
import { normalQuantile } from "./special";
import { argsort } from "./statistics";
import type { Sampling, UncertaintySpec } from "./types";

/** A random permutation of 0..n−1 (Fisher–Yates) from one stream. */
export function permutation(n: number, seed: number, driver: number, purpose: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const random = stream(seed, driver, purpose);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return order;
}

/** The n numbers in (0, 1) driver `driver` turns into samples: one per stratum (latin) or free. */
export function uniforms(
  n: number,
  seed: number,
  driver: number,
  sampling: Sampling
): Float64Array {
  const u = new Float64Array(n);
  if (sampling === "random") {
    const random = stream(seed, driver, STREAM.random);
    for (let i = 0; i < n; i++) u[i] = random.next();
    return u;
  }
  const strata = permutation(n, seed, driver, STREAM.permutation);
  const jitter = stream(seed, driver, STREAM.jitter);
  for (let i = 0; i < n; i++) u[i] = ((strata[i] as number) + jitter.next()) / n;
  return u;
}

/** Each driver's n samples, as drawn (before Iman–Conover). */
export function drawSamples(
  spec: UncertaintySpec,
  n: number,
  seed: number,
  sampling: Sampling
): Float64Array[] {
  return spec.drivers.map((_, j) => drawDriver(spec, j, n, seed, sampling));
}

/** Driver j's n samples, as drawn. */
export function drawDriver(
  spec: UncertaintySpec,
  j: number,
  n: number,
  seed: number,
  sampling: Sampling
): Float64Array {
  const steps = drawDriverSteps(spec, j, n, seed, sampling);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Samples drawn per step of `drawDriverSteps` (a host may take control between steps). */
export const DRAW_STEP = 16384;

/** Driver j's n samples in steps of DRAW_STEP draws. */
export function* drawDriverSteps(
  spec: UncertaintySpec,
  j: number,
  n: number,
  seed: number,
  sampling: Sampling
): Generator<void, Float64Array> {
  const sampler = samplerOf((spec.drivers[j] as UncertaintySpec["drivers"][number]).distribution);
  const u = uniforms(n, seed, j, sampling);
  for (let from = 0; from < n; from += DRAW_STEP) {
    const to = Math.min(n, from + DRAW_STEP);
    for (let i = from; i < to; i++) u[i] = sampler.quantile(u[i] as number);
    if (to < n) yield;
  }
  return u;
}

/**
 * The target rank-correlation matrix of the table (others 0); when it is not positive
 * semi-definite, the nearest one that is, with a warning giving the largest change of an entry.
 */
export function rankCorrelationMatrix(spec: UncertaintySpec): {
  matrix: Matrix;
  warnings: InputIssue[];
} {
  const d = spec.drivers.length;
  const matrix = identity(d);
  for (const { a, b, correlation } of spec.correlations) {
    matrix[a]![b] = correlation;
    matrix[b]![a] = correlation;
  }
  if (smallestEigenvalue(matrix) >= -1e-12) return { matrix, warnings: [] };
  const nearest = nearestCorrelation(matrix);
  let change = 0;
  let at: [number, number] = [0, 1];
  for (let i = 0; i < d; i++)
    for (let j = i + 1; j < d; j++) {
      const delta = Math.abs((nearest[i]![j] as number) - (matrix[i]![j] as number));
      if (delta > change) [change, at] = [delta, [i, j]];
    }
  const name = (i: number): string => spec.drivers[i]?.text ?? "";
  const warning = makeIssue(
    "warning",
    { table: "Correlations" },
    `the correlations cannot all hold together (the matrix is not positive semi-definite), so the nearest ones that can are used — the largest change is ${formatNumber(Number(change.toPrecision(3)))}, for ${name(at[0])} with ${name(at[1])}`
  );
  return { matrix: nearest, warnings: [warning] };
}

/** Column-wise correlation matrix of d score columns of length n. */
function correlationOf(columns: Float64Array[]): Matrix {
  const d = columns.length;
  const n = columns[0]?.length ?? 0;
  const means = columns.map((column) => column.reduce((sum, value) => sum + value, 0) / n);
  const out = identity(d);
  const cov = (a: number, b: number): number => {
    let sum = 0;
    const x = columns[a] as Float64Array;
    const y = columns[b] as Float64Array;
    for (let i = 0; i < n; i++)
      sum += ((x[i] as number) - (means[a] as number)) * ((y[i] as number) - (means[b] as number));
    return sum;
  };
  const variance = columns.map((_, a) => cov(a, a));
  for (let a = 0; a < d; a++)
    for (let b = a + 1; b < d; b++) {
      const r = cov(a, b) / Math.sqrt((variance[a] as number) * (variance[b] as number));
      out[a]![b] = r;
      out[b]![a] = r;
    }
  return out;
}

/**
 * Iman–Conover: van der Waerden scores Φ⁻¹(k/(n+1)) in a random order per driver, decorrelated
 * (Cholesky of their own correlation) and given the target Pearson correlation 2·sin(π·ρ/6); each
 * driver's samples are then put in the rank order of its column of scores. Marginals are unchanged.
 */
export function imanConover(samples: Float64Array[], rankTarget: Matrix, seed: number): void {
  const steps = imanConoverSteps(samples, rankTarget, seed);
  while (steps.next().done !== true);
}

/** Iman–Conover in steps (a yield after each driver's column), so that a host can take control. */
export function* imanConoverSteps(
  samples: Float64Array[],
  rankTarget: Matrix,
  seed: number
): Generator<void, void> {
  const d = samples.length;
  const n = samples[0]?.length ?? 0;
  if (d < 2 || n < 2) return;
  const scores = new Float64Array(n);
  for (let k = 0; k < n; k++) scores[k] = normalQuantile((k + 1) / (n + 1));
  yield;
  const columns: Float64Array[] = [];
  for (let j = 0; j < d; j++) {
    const order = permutation(n, seed, j, STREAM.scores);
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) column[i] = scores[order[i] as number] as number;
    columns.push(column);
  }
  yield;
  let pearsonTarget = rankTarget.map((row, i) =>
    row.map((rho, j) => (i === j ? 1 : 2 * Math.sin((Math.PI * rho) / 6)))
  );
  if (smallestEigenvalue(pearsonTarget) < -1e-12) pearsonTarget = nearestCorrelation(pearsonTarget);
  const q = cholesky(pearsonTarget);
  const fInverse = invertLower(cholesky(correlationOf(columns)));
  const transform = fInverse === null ? q : multiply(q, fInverse);
  for (let j = 0; j < d; j++) {
    const target = new Float64Array(n);
    const weights = transform[j] as number[];
    for (let k = 0; k < d; k++) {
      const w = weights[k] as number;
      if (w === 0) continue;
      const column = columns[k] as Float64Array;
      for (let i = 0; i < n; i++) target[i] = (target[i] as number) + w * (column[i] as number);
    }
    const sorted = Float64Array.from(samples[j] as Float64Array).sort();
    const order = argsort(target);
    const out = samples[j] as Float64Array;
    for (let rank = 0; rank < n; rank++) out[order[rank] as number] = sorted[rank] as number;
    yield;
  }
}
