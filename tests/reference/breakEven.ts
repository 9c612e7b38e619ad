/**
 * §7 break-even on the reference engine, transcribed: f(v) = metric(driver = v) − target over
 * v_i = low + i·(high − low)/100 (i = 0..100); the first step with both f non-null and
 * f(v_i)·f(v_{i+1}) ≤ 0 brackets the answer (v_i itself when f(v_i) = 0), refined by bisection
 * until the bracket is narrower than 1e-12·max(1, |v|). No bracket: no answer, with the metric's
 * smallest and largest value over the 101 points.
 */
import { applyOverride, baselineValues, parseRefDriver } from "./drivers";
import { resolveMetric } from "./metrics";
import { fail, runRef, validFor, type RefModel } from "./model";

export interface BreakEvenQuestion {
  metric: string;
  target: number;
  driver: string;
  low?: number | null;
  high?: number | null;
}

export interface BreakEvenAnswer {
  value: number | null;
  step: [number, number] | null;
  low: number;
  high: number;
  baseline: number | null;
  /** Smallest and largest metric value over the 101 scan points (null when all are null). */
  min: number | null;
  max: number | null;
}

/** §7's default interval for a driver, or the given one; checked. */
export function breakEvenInterval(
  ref: RefModel,
  q: Pick<BreakEvenQuestion, "driver" | "low" | "high">
): [number, number] {
  const driver = parseRefDriver(q.driver, ref);
  const kind = driver.fieldKind;
  if (kind === "int0" || kind === "horizon" || kind === "launch")
    fail(`${q.driver}: a whole-number field has no break-even`);
  let low = q.low ?? null;
  let high = q.high ?? null;
  if (low === null || high === null) {
    let defLow: number | null = 0;
    let defHigh: number | null = 1;
    if (kind !== "rate") {
      const known = baselineValues(ref, driver).filter((v): v is number => v !== null);
      const largest = known.length === 0 ? 0 : Math.max(...known);
      if (largest <= 0) {
        defLow = defHigh = null;
      } else {
        defHigh = 10 * largest;
        defLow = kind === "above0" ? 0.01 * Math.min(...known) : 0;
      }
    }
    low ??= defLow;
    high ??= defHigh;
    if (low === null || high === null)
      fail(`${q.driver}: every row is blank or 0 — give low and high`);
  }
  const T = ref.input.assumptions.horizon;
  if (!(validFor(kind, low as number, T) && validFor(kind, high as number, T)))
    fail(`${q.driver}: the interval [${low}, ${high}] is not valid for the field`);
  if (!((low as number) < (high as number)))
    fail(`${q.driver}: low ${low} is not below high ${high}`);
  return [low as number, high as number];
}

export function breakEven(ref: RefModel, q: BreakEvenQuestion): BreakEvenAnswer {
  const metric = resolveMetric(q.metric, ref);
  const [low, high] = breakEvenInterval(ref, q);
  const at = (v: number): number | null =>
    metric.read(runRef(applyOverride(ref, { driver: q.driver, value: v, mode: "value" })));
  // at the scan points a metric within 1e-12 (relative) of the target meets it (docs/model.md:
  // rounding in the last digits does not decide whether a plateau reaches the target); the
  // bisection uses the exact difference
  const gap = (m: number): number => {
    const g = m - q.target;
    return Math.abs(g) <= 1e-12 * Math.max(1, Math.abs(q.target)) ? 0 : g;
  };
  const f = (v: number): number | null => {
    const m = at(v);
    return m === null ? null : m - q.target;
  };
  const vs = Array.from({ length: 101 }, (_, i) => low + (i * (high - low)) / 100);
  const ms = vs.map(at);
  const seen = ms.filter((m): m is number => m !== null);
  const answer = {
    low,
    high,
    baseline: metric.read(runRef(ref)),
    min: seen.length === 0 ? null : Math.min(...seen),
    max: seen.length === 0 ? null : Math.max(...seen),
  };
  for (let i = 0; i < 100; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (a === null || b === null) continue;
    const fa = gap(a);
    const fb = gap(b);
    if (fa * fb > 0) continue;
    const step: [number, number] = [vs[i], vs[i + 1]];
    const value = fa === 0 ? vs[i] : fb === 0 ? vs[i + 1] : bisect(f, vs[i], vs[i + 1], fa);
    return { ...answer, value, step };
  }
  return { ...answer, value: null, step: null };
}

/** Bisection of a bracket [lo, hi] with f(lo) = flo ≠ 0; a null f(mid) moves hi (see README). */
function bisect(f: (v: number) => number | null, lo: number, hi: number, flo: number): number {
  for (let n = 0; n < 400; n++) {
    const mid = lo + (hi - lo) / 2;
    if (hi - lo < 1e-12 * Math.max(1, Math.abs(mid)) || mid <= lo || mid >= hi) return mid;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (fm === null || flo * fm < 0) hi = mid;
    else {
      lo = mid;
      if (fm !== null) flo = fm;
    }
  }
  return lo + (hi - lo) / 2;
}
