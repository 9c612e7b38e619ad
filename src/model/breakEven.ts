/**
 * Break-even, Excel's Goal Seek done right (spec §7): the driver's value (value mode) at which a
 * metric equals a target. 101 points over [low, high]; the first step whose ends bracket the
 * target is refined (Illinois regula falsi, with bisection when it stalls) until the bracket is
 * narrower than 1e-12·max(1, |v|). No bracket: no break-even, with the metric's range seen.
 */
import { parseDriver, resolveDriver } from "./drivers";
import { makeIssue, ModelInputError } from "./errors";
import { Evaluator } from "./evaluator";
import { fieldLabel } from "./build";
import { resolveMetric, type MetricRef } from "./metrics";
import { inReadingOrder } from "./raw";
import { checkRule, formatNumber, isWholeRule, type Rule } from "./schema";
import type { Driver, InputIssue, ModelInput, Override } from "./types";

export interface BreakEvenSpec {
  metric: string;
  driver: string;
  target: number;
  /** The search interval; a blank end takes its default (spec §7). */
  low?: number | null;
  high?: number | null;
}

export interface BreakEvenResult {
  /** The metric's canonical name. */
  metric: string;
  driver: string;
  target: number;
  low: number;
  high: number;
  /** The driver's value at which the metric meets the target; null when no step brackets it. */
  value: number | null;
  /** The bracketing step [v_i, v_i+1]; null without a break-even. */
  step: [number, number] | null;
  /** The smallest and largest metric value over the 101 points (null when it has none). */
  min: number | null;
  max: number | null;
  /** The metric at the baseline. */
  baseline: number | null;
  /** The 101 driver values searched, and the metric at each (null where it has none). */
  points: number[];
  values: (number | null)[];
}

export const BREAK_EVEN_POINTS = 101;

const at = (field: string, problem: string, row?: string): InputIssue =>
  makeIssue("error", { table: "Drivers", row, field }, problem);

/** The baseline values of the rows a driver names (blanks left out). */
function namedBaselines(driver: Driver, model: ModelInput): number[] {
  if (driver.kind === "assumption") {
    const value = model.assumptions[driver.field];
    return value === null ? [] : [value];
  }
  const rows = (driver.kind === "channel"
    ? model.channels
    : model.segments) as unknown as readonly Record<string, unknown>[];
  const key = driver.row.toLowerCase();
  return rows
    .filter((row) => driver.row === "*" || String(row.name).toLowerCase() === key)
    .map((row) => row[driver.field])
    .filter((value): value is number => typeof value === "number");
}

/** The default interval (spec §7), or null when every named row is blank or 0. */
export function defaultInterval(
  driver: Driver,
  rule: Rule,
  model: ModelInput
): [number, number] | null {
  if (rule === "rate") return [0, 1];
  const values = namedBaselines(driver, model).filter((value) => value > 0);
  if (values.length === 0) return null;
  const high = 10 * Math.max(...values);
  return [rule === "positive" ? 0.01 * Math.min(...values) : 0, high];
}

interface Question {
  metric: MetricRef;
  driver: Driver;
  low: number;
  high: number;
  target: number;
}

function readEnd(
  value: unknown,
  field: "low" | "high",
  rule: Rule,
  horizon: number,
  issues: InputIssue[]
): number | null | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    issues.push(at(field, `${String(value)} is not a number`));
    return null;
  }
  const problem = checkRule(rule, value, horizon);
  if (problem !== null) issues.push(at(field, problem));
  return problem === null ? value : null;
}

/** Check a break-even question: every input error at once. */
function readQuestion(model: ModelInput, spec: BreakEvenSpec): Question {
  const issues: InputIssue[] = [];
  const collect = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ModelInputError)) throw error;
      issues.push(...error.issues);
      return null;
    }
  };
  const metric = collect(() => resolveMetric(spec.metric, model));
  const driver = collect(() => parseDriver(spec.driver, model));
  if (typeof spec.target !== "number" || !Number.isFinite(spec.target))
    issues.push(
      at("target", `${String(spec.target)} is not a number — give the metric's target value`)
    );
  let interval: [number, number] | null = null;
  if (driver !== null) {
    const rule = resolveDriver(driver, model).rule;
    if (isWholeRule(rule)) {
      issues.push(
        at(
          "driver",
          `${fieldLabel(driver.field).toLowerCase()} takes whole numbers only — a break-even needs a field that can take any value, such as spend, conversion or price`,
          driver.text
        )
      );
    } else {
      interval = readInterval(driver, rule, model, spec, issues);
    }
  }
  if (issues.length > 0 || metric === null || driver === null || interval === null)
    throw new ModelInputError(inReadingOrder(issues));
  return { metric, driver, low: interval[0], high: interval[1], target: spec.target };
}

function readInterval(
  driver: Driver,
  rule: Rule,
  model: ModelInput,
  spec: BreakEvenSpec,
  issues: InputIssue[]
): [number, number] | null {
  const horizon = model.assumptions.horizon;
  const low = readEnd(spec.low, "low", rule, horizon, issues);
  const high = readEnd(spec.high, "high", rule, horizon, issues);
  if (low === null || high === null) return null;
  const fallback =
    low === undefined || high === undefined ? defaultInterval(driver, rule, model) : null;
  if (fallback === null && (low === undefined || high === undefined)) {
    issues.push(
      at(
        "driver",
        "every row it names is blank or 0, so there is no default interval — give the low and high ends",
        driver.text
      )
    );
    return null;
  }
  const interval: [number, number] = [
    low ?? (fallback as [number, number])[0],
    high ?? (fallback as [number, number])[1],
  ];
  if (!(interval[0] < interval[1])) {
    issues.push(
      at(
        "low",
        `${formatNumber(interval[0])} is not below the high end ${formatNumber(interval[1])} — give low < high`
      )
    );
    return null;
  }
  return interval;
}

/** The break-even of spec §7 (one Evaluator for the whole search). */
export function breakEven(
  model: ModelInput,
  spec: BreakEvenSpec,
  evaluator = new Evaluator(model)
): BreakEvenResult {
  const question = readQuestion(model, spec);
  const override: Override = { driver: question.driver, mode: "value", value: 0 };
  const metricAt = (value: number): number | null => {
    override.value = value;
    return evaluator.metric(question.metric, [override]);
  };
  const { low, high, target } = question;
  const gap = gapTo(target);
  const points: number[] = [];
  const values: (number | null)[] = [];
  for (let i = 0; i < BREAK_EVEN_POINTS; i++) {
    const v =
      i === BREAK_EVEN_POINTS - 1 ? high : low + (i * (high - low)) / (BREAK_EVEN_POINTS - 1);
    points.push(v);
    values.push(metricAt(v));
  }
  const seen = values.filter((value): value is number => value !== null);
  const answer = {
    metric: question.metric.text,
    driver: String(spec.driver).trim(),
    target,
    low,
    high,
    min: seen.length > 0 ? Math.min(...seen) : null,
    max: seen.length > 0 ? Math.max(...seen) : null,
    baseline: evaluator.metric(question.metric),
    points,
    values,
  };
  for (let i = 0; i + 1 < BREAK_EVEN_POINTS; i++) {
    const fa = values[i];
    const fb = values[i + 1];
    if (fa === null || fa === undefined || fb === null || fb === undefined) continue;
    if (gap(fa) * gap(fb) > 0) continue;
    const a = points[i] as number;
    const b = points[i + 1] as number;
    // an end that meets the target (to the tolerance) is the answer; else the ends have
    // opposite signs, refined on the exact difference
    const value =
      gap(fa) === 0
        ? a
        : gap(fb) === 0
          ? b
          : refine(a, b, fa - target, fb - target, (v) => {
              const m = metricAt(v);
              return m === null ? null : m - target;
            });
    return { ...answer, value, step: [a, b] };
  }
  return { ...answer, value: null, step: null };
}

/**
 * f(v) = metric − target at the 101 points, where a metric within 1e-12 (relative) of the target
 * counts as meeting it: rounding in the last digits must not decide whether, say, customers reach
 * a market of 404 (docs/model.md). The refinement inside the step uses the exact difference.
 */
export const TARGET_TOLERANCE = 1e-12;
const gapTo =
  (target: number) =>
  (metric: number): number => {
    const gap = metric - target;
    return Math.abs(gap) <= TARGET_TOLERANCE * Math.max(1, Math.abs(target)) ? 0 : gap;
  };

const narrow = (a: number, b: number, v: number): boolean =>
  b - a < 1e-12 * Math.max(1, Math.abs(v));

/**
 * A root of f in [a, b] where f(a)·f(b) ≤ 0. Illinois regula falsi keeps the bracket; a step that
 * does not halve it is followed by a bisection. A point where the metric has no value halves the
 * bracket towards its low end (the sign at the high end is kept).
 */
export function refine(
  a: number,
  b: number,
  fa: number,
  fb: number,
  f: (v: number) => number | null
): number {
  if (fa === 0) return a;
  if (fb === 0) return b;
  let side = 0;
  let width = b - a;
  let bisect = false;
  for (let iteration = 0; iteration < 200 && !narrow(a, b, (a + b) / 2); iteration++) {
    let c = bisect ? (a + b) / 2 : (a * fb - b * fa) / (fb - fa);
    if (!(c > a && c < b)) c = (a + b) / 2;
    const fc = f(c);
    if (fc === 0) return c;
    if (fc === null) {
      b = c;
      side = 0;
    } else if (fc * fb > 0) {
      b = c;
      fb = fc;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = c;
      fa = fc;
      if (side === 1) fb /= 2;
      side = 1;
    }
    bisect = !bisect && b - a > width / 2;
    if (!bisect) width = b - a;
  }
  return (a + b) / 2;
}
