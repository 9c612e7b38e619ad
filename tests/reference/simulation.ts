/**
 * A plain §9 Monte Carlo on the reference engine, from the JSON form (`uncertainty`,
 * `correlations`): Latin hypercube or random uniforms (its own mulberry32 generator, so it
 * matches the product only statistically), the inverse CDFs of statistics.ts, Iman–Conover
 * reordering on van der Waerden scores towards 2·sin(πρ/6), each iteration's overrides applied
 * in table order with §9's clamping, and the summary statistics of the metric.
 */

import { applyOverride, parseRefDriver, roundHalfAway, type RefDriver } from "./drivers";
import { mulberry32, type Rng } from "./random";
import { resolveMetric } from "./metrics";
import { check, clone, fail, runRef, type RefModel } from "./model";
import {
  distributionErrors,
  imanConoverTarget,
  inverseCdf,
  mean,
  normalInv,
  pearson,
  percentileInc,
  sampleSd,
  shareBelow,
  spearman,
  type Distribution,
} from "./statistics";

/** Math, bound once: a global looked up in a hot loop is slow inside Jest's vm context. */
const M = Math;

export interface UncertainRow extends Distribution {
  driver: string;
  apply?: "value" | "scale" | null;
}
export interface CorrelationRow {
  driver: string;
  with: string;
  correlation: number;
}
export interface SimulationSettings {
  metric: string;
  iterations?: number;
  seed?: number;
  sampling?: "latin" | "random";
  target?: number;
}

export const PERCENTILES = [1, 5, 10, 25, 50, 75, 90, 95, 99] as const;

export interface SimulationAnswer {
  iterations: number;
  noValue: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  percentiles: Record<string, number | null>;
  shareBelowTarget: number | null;
  rankCorrelations: { driver: string; rankCorrelation: number | null }[];
  /** Rank correlations of the sampled inputs, per Correlations row (after reordering). */
  inputCorrelations: { driver: string; with: string; rankCorrelation: number | null }[];
  warnings: string[];
}

// ---- small dense linear algebra ----

type Matrix = number[][];

/** Lower Cholesky factor, or null when the matrix is not positive definite. */
export function cholesky(a: Matrix): Matrix | null {
  const n = a.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(s > 1e-12)) return null;
        l[i][i] = M.sqrt(s);
      } else l[i][j] = s / l[j][j];
    }
  return l;
}

/** Eigenvalues and vectors of a symmetric matrix (cyclic Jacobi): a = V·diag(w)·Vᵀ. */
export function symmetricEigen(a: Matrix): { values: number[]; vectors: Matrix } {
  const n = a.length;
  const m = a.map((row) => [...row]);
  const v: Matrix = a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p][q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (m[p][q] === 0) continue;
        const theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
        const t = M.sign(theta || 1) / (M.abs(theta) + M.sqrt(theta * theta + 1));
        const c = 1 / M.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k][p];
          const mkq = m[k][q];
          m[k][p] = c * mkp - s * mkq;
          m[k][q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p][k];
          const mqk = m[q][k];
          m[p][k] = c * mpk - s * mqk;
          m[q][k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
  }
  return { values: m.map((row, i) => row[i]), vectors: v };
}

const projectPsd = (a: Matrix): Matrix => {
  const { values, vectors } = symmetricEigen(a);
  return a.map((_, i) =>
    a.map((__, j) => values.reduce((s, w, k) => s + M.max(0, w) * vectors[i][k] * vectors[j][k], 0))
  );
};

/** Higham's alternating projections (with Dykstra's correction): the nearest correlation matrix. */
export function nearestCorrelation(a: Matrix): Matrix {
  let y = a.map((row) => [...row]);
  let ds = a.map((row) => row.map(() => 0));
  for (let it = 0; it < 1000; it++) {
    const r = y.map((row, i) => row.map((v, j) => v - ds[i][j]));
    const x = projectPsd(r);
    ds = x.map((row, i) => row.map((v, j) => v - r[i][j]));
    const next = x.map((row, i) => row.map((v, j) => (i === j ? 1 : v)));
    const change = M.max(...next.flatMap((row, i) => row.map((v, j) => M.abs(v - y[i][j]))));
    y = next;
    if (change < 1e-13) break;
  }
  return y;
}

// ---- the table ----

function readRows(ref: RefModel, rows: UncertainRow[]): { row: UncertainRow; driver: RefDriver }[] {
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const errors = distributionErrors(row);
    if (errors.length > 0) fail(`Uncertainty row ${i + 1} (${row.driver}): ${errors.join("; ")}`);
    const key = row.driver.replace(/\s/g, "").toLowerCase();
    if (seen.has(key)) fail(`Uncertainty: ${row.driver} is named twice`);
    seen.add(key);
    if (row.apply && row.apply !== "value" && row.apply !== "scale")
      fail(`Uncertainty (${row.driver}, apply): ${String(row.apply)}`);
    return { row, driver: parseRefDriver(row.driver, ref) };
  });
}

/** The rank correlation matrix of the Correlations table (identity elsewhere). */
function rankMatrix(drivers: string[], rows: CorrelationRow[]): Matrix {
  const key = (d: string) => d.replace(/\s/g, "").toLowerCase();
  const index = (d: string): number => {
    const i = drivers.findIndex((x) => key(x) === key(d));
    if (i < 0) fail(`Correlations: ${d} is not an uncertain driver`);
    return i;
  };
  const m: Matrix = drivers.map((_, i) => drivers.map((__, j) => (i === j ? 1 : 0)));
  const named = new Set<string>();
  for (const r of rows) {
    const [i, j] = [index(r.driver), index(r.with)];
    if (i === j) fail(`Correlations: ${r.driver} is paired with itself`);
    const pair = [M.min(i, j), M.max(i, j)].join(",");
    if (named.has(pair)) fail(`Correlations: ${r.driver} with ${r.with} is named twice`);
    named.add(pair);
    if (!(r.correlation >= -1 && r.correlation <= 1))
      fail(`Correlations: ${r.correlation} is not in −1..1`);
    m[i][j] = m[j][i] = r.correlation;
  }
  return m;
}

// ---- sampling ----

function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = M.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

const open01 = (u: number): number => (u > 0 ? u : 2 ** -33);

/** n uniforms per column: Latin hypercube (one per stratum, shuffled) or plain random. */
export function uniforms(rng: Rng, n: number, k: number, latin: boolean): Matrix {
  return Array.from({ length: k }, () => {
    if (!latin) return Array.from({ length: n }, () => open01(rng()));
    const strata = shuffle(
      rng,
      Array.from({ length: n }, (_, i) => i)
    );
    return strata.map((s) => (s + open01(rng())) / n);
  });
}

/** Iman–Conover: reorder each column so that its ranks follow the transformed normal scores. */
function imanConover(rng: Rng, columns: Matrix, target: Matrix): Matrix {
  const n = columns[0].length;
  const k = columns.length;
  const scores = Array.from({ length: n }, (_, i) => normalInv((i + 1) / (n + 1)));
  const s = columns.map(() => shuffle(rng, [...scores]));
  const e = s.map((a) => s.map((b) => pearson(a, b) ?? 0));
  const q = cholesky(e);
  const p =
    cholesky(target) ??
    cholesky(
      nearestCorrelation(target).map((row, i) => row.map((v, j) => (i === j ? v + 1e-10 : v)))
    );
  if (q === null || p === null) return columns;
  // row-wise t = P·Q⁻¹·s: solve Q·z = s (forward substitution), then t = P·z
  const t = columns.map(() => new Array<number>(n).fill(0));
  for (let r = 0; r < n; r++) {
    const z = new Array<number>(k).fill(0);
    for (let i = 0; i < k; i++) {
      let v = s[i][r];
      for (let j = 0; j < i; j++) v -= q[i][j] * z[j];
      z[i] = v / q[i][i];
    }
    for (let i = 0; i < k; i++) for (let j = 0; j <= i; j++) t[i][r] += p[i][j] * z[j];
  }
  return columns.map((col, i) => {
    const sorted = [...col].sort((a, b) => a - b);
    const order = t[i].map((v, r) => [v, r] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const out = new Array<number>(n);
    order.forEach(([, r], rank) => (out[r] = sorted[rank]));
    return out;
  });
}

// ---- one iteration ----

/** §9's clamping for a sampled value; `baseline` is the row's baseline (for fields above 0). */
function clampSample(kind: RefDriver["fieldKind"], v: number, baseline: number | null, T: number) {
  switch (kind) {
    case "rate":
      return M.min(1, M.max(0, v));
    case "min0":
      return M.max(0, v);
    case "above0":
      return v > 0 ? v : 1e-9 * (baseline ?? 1);
    case "int0":
      return M.max(0, roundHalfAway(v));
    case "horizon":
      return M.min(600, M.max(1, roundHalfAway(v)));
    case "launch":
      return M.min(T, M.max(1, roundHalfAway(v)));
  }
}

const WHOLE = new Set(["int0", "horizon", "launch"]);

/** The model for one iteration (one copy, rows set in place), and per driver whether it clamped. */
function iterationModel(
  base: RefModel,
  table: { row: UncertainRow; driver: RefDriver }[],
  xs: number[]
) {
  let ref = clone(base);
  const clamped = table.map(() => false);
  table.forEach(({ row, driver }, j) => {
    const scale = row.apply === "scale";
    const T = ref.input.assumptions.horizon;
    // scale: the BASELINE × the sample (docs/model.md: a second driver on the same field
    // replaces the first); a row blank at baseline keeps what an earlier driver made it
    const sample = (current: number | null, baseline: number | null): number | null => {
      if (scale && baseline === null) return current;
      const raw = scale ? (baseline as number) * xs[j] : xs[j];
      const v = clampSample(driver.fieldKind, raw, baseline, T);
      if (v !== (WHOLE.has(driver.fieldKind) ? roundHalfAway(raw) : raw)) clamped[j] = true;
      return v;
    };
    if (driver.kind === "assumption") {
      const of = (m: RefModel): number => {
        const a = m.input.assumptions;
        return driver.field === "launchPeriods"
          ? (a.launchPeriods ?? M.min(3, a.horizon))
          : a[driver.field];
      };
      const v = sample(of(ref), of(base)) as number;
      ref = applyOverride(ref, { driver: driver.field, value: v, mode: "value" });
    } else if (driver.kind === "channel") {
      for (const k of driver.rows) {
        const r = ref.input.channels[k] as unknown as Record<string, number | null>;
        r[driver.field] = sample(r[driver.field], base.input.channels[k][driver.field]);
      }
    } else {
      for (const k of driver.rows) {
        const r = ref.input.segments[k] as unknown as Record<string, number | null>;
        r[driver.field] = sample(r[driver.field], base.input.segments[k][driver.field]);
      }
    }
  });
  check(ref);
  return { ref, clamped };
}

export function simulate(
  base: RefModel,
  rows: UncertainRow[],
  correlations: CorrelationRow[],
  settings: SimulationSettings
): SimulationAnswer {
  const n = settings.iterations ?? 5000;
  if (!(Number.isInteger(n) && n >= 100 && n <= 1_000_000))
    fail(`iterations ${n} is not 100..1,000,000`);
  const metric = resolveMetric(settings.metric, base);
  const table = readRows(base, rows);
  const ranks = rankMatrix(
    rows.map((r) => r.driver),
    correlations
  );
  const warnings: string[] = [];
  let target = ranks.map((row) => row.map(imanConoverTarget));
  if (cholesky(ranks) === null && rows.length > 1) {
    const fixed = nearestCorrelation(ranks);
    const change = M.max(...fixed.flatMap((row, i) => row.map((v, j) => M.abs(v - ranks[i][j]))));
    warnings.push(
      `Correlations: not positive semi-definite; the largest change of an entry is ${change}`
    );
    target = fixed.map((row) => row.map(imanConoverTarget));
  }
  const rng = mulberry32(settings.seed ?? 1);
  const u = uniforms(rng, n, rows.length, (settings.sampling ?? "latin") === "latin");
  let samples = u.map((col, j) => col.map((x) => inverseCdf(rows[j], x)));
  if (correlations.length > 0) samples = imanConover(rng, samples, target);
  const values: number[] = [];
  const kept: number[][] = rows.map(() => []);
  const clampCount = rows.map(() => 0);
  for (let i = 0; i < n; i++) {
    const { ref, clamped } = iterationModel(
      base,
      table,
      samples.map((col) => col[i])
    );
    clamped.forEach((c, j) => (clampCount[j] += c ? 1 : 0));
    const m = metric.read(runRef(ref));
    if (m === null) continue;
    values.push(m);
    samples.forEach((col, j) => kept[j].push(col[i]));
  }
  clampCount.forEach((c, j) => {
    if (c / n > 0.01) warnings.push(`${rows[j].driver}: ${(100 * c) / n} % of samples clamped`);
  });
  const none = values.length === 0;
  return {
    iterations: n,
    noValue: n - values.length,
    mean: none ? null : mean(values),
    sd: sampleSd(values),
    min: none ? null : M.min(...values),
    max: none ? null : M.max(...values),
    percentiles: Object.fromEntries(
      PERCENTILES.map((p) => [`p${p}`, none ? null : percentileInc(values, p / 100)])
    ),
    shareBelowTarget: none ? null : shareBelow(values, settings.target ?? 0),
    rankCorrelations: rows
      .map((r, j) => ({
        driver: r.driver,
        rankCorrelation: none ? null : spearman(kept[j], values),
      }))
      .sort((a, b) => M.abs(b.rankCorrelation ?? -1) - M.abs(a.rankCorrelation ?? -1)),
    inputCorrelations: correlations.map((c) => {
      const i = rows.findIndex((r) => r.driver === c.driver);
      const j = rows.findIndex((r) => r.driver === c.with);
      return { driver: c.driver, with: c.with, rankCorrelation: spearman(samples[i], samples[j]) };
    }),
    warnings,
  };
}
