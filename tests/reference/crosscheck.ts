/**
 * The cross-check of the product (src/model) against the independent reference on one generated
 * case: the §6 scenario comparison, each §7 break-even answer and the §8 allocation. Every
 * difference is returned as a `Discrepancy` with the case's seed (nothing throws for a
 * difference), so the Jest test and the large batch (crosscheck.run.ts) share one definition.
 */
import {
  allocate,
  breakEven as productBreakEven,
  evaluateMetric,
  loadJson,
  ModelInputError,
  parseDriver,
  parseUncertaintyJson,
  scenarioComparison,
  simulate,
  type ModelInput,
} from "../../src/model";
import { mismatches } from "../support/compare";
import { allocationSetup, checkAllocation } from "./allocation";
import { referenceAnswers, referenceSimulation, type GeneratedCase } from "./generate";
import { fromJson, norm, type RefModel } from "./model";

export interface Discrepancy {
  seed: number;
  /** e.g. `scenarios.refusal`, `breakEven.value`, `allocation.checker`. */
  kind: string;
  detail: string;
}

type Outcome<T> = { ok: T } | { error: string };

/** The product's answer, or its input error; anything else is a crash (a discrepancy too). */
function attempt<T>(run: () => T): Outcome<T> | { crash: string } {
  try {
    return { ok: run() };
  } catch (error) {
    if (error instanceof ModelInputError) return { error: error.message };
    return { crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

const brief = (text: string): string => text.split("\n").slice(0, 3).join(" | ").slice(0, 400);

/** The row and field a reference error names (`channel[Row].field: …`, `Table (Row, field): …`). */
function namedIn(message: string): string[] {
  const driver = /^(?:channel|segment)\[(.+?)\]\.(\w+):/.exec(message);
  if (driver !== null) return [driver[1] as string, driver[2] as string];
  const table = /^\w+ \(([^,()]+), (\w+)\):/.exec(message);
  if (table !== null) return [table[1] as string, table[2] as string];
  const assumption = /^(horizon|discountRate|launchPeriods):/.exec(message);
  return assumption === null ? [] : [assumption[1] as string];
}

/** Compare two outcomes' refusal; returns true when both have an answer to compare further. */
function sameRefusal(
  out: Discrepancy[],
  seed: number,
  kind: string,
  product: Outcome<unknown> | { crash: string },
  reference: Outcome<unknown>
): boolean {
  if ("crash" in product) {
    out.push({ seed, kind: `${kind}.crash`, detail: brief(product.crash) });
    return false;
  }
  if ("error" in product && "error" in reference) {
    // the messages differ by design, but the row and field the reference names should be in
    // the product's message (its field labels are words: "cost per lead" for costPerLead)
    const said = norm(product.error);
    if (!namedIn(reference.error).every((name) => said.includes(norm(name))))
      out.push({
        seed,
        kind: `${kind}.refusal.where`,
        detail: `product: ${brief(product.error)} | reference: ${reference.error}`,
      });
    return false;
  }
  if ("error" in product)
    out.push({ seed, kind: `${kind}.refusal`, detail: `product refuses: ${brief(product.error)}` });
  else if ("error" in reference)
    out.push({ seed, kind: `${kind}.refusal`, detail: `reference refuses: ${reference.error}` });
  return "ok" in product && "ok" in reference;
}

function checkScenarios(
  out: Discrepancy[],
  c: GeneratedCase,
  model: ModelInput,
  reference: ReturnType<typeof referenceAnswers>["scenarios"]
): void {
  const product = attempt(() => scenarioComparison(model, { scenarios: { json: c.scenarios } }));
  if (!sameRefusal(out, c.seed, "scenarios", product, reference)) return;
  if (!("ok" in product) || !("ok" in reference)) return;
  const withoutChange = (rows: { metric: string; base: unknown; values: unknown }[]) =>
    rows.map(({ base, values }) => ({ base, values }));
  const values = mismatches(
    { scenarios: product.ok.scenarios, comparison: withoutChange(product.ok.comparison) },
    { scenarios: reference.ok.scenarios, comparison: withoutChange(reference.ok.comparison) }
  );
  // a change is a difference of two numbers that each agree to 1e-9 relative: it agrees to
  // 1e-9 of the larger of them (revenue 1e8 − 1e8 may be 0 on one side, 7e-9 on the other)
  reference.ok.comparison.forEach((row, m) => {
    const mine = product.ok.comparison[m];
    row.change.forEach((want, i) => {
      const got = mine?.change[i];
      const scale = Math.max(1, Math.abs(row.base ?? 0), Math.abs(row.values[i] ?? 0));
      const same =
        want === null || got === null || got === undefined
          ? got === want
          : Math.abs(got - want) <= 1e-9 * scale;
      if (!same) values.push(`$.comparison[${m}].change[${i}]: ${got} ≠ ${want}`);
    });
  });
  if (values.length > 0)
    out.push({ seed: c.seed, kind: "scenarios.value", detail: values.slice(0, 5).join("; ") });
}

const TOL = 1e-9;
const within = (a: number, b: number): boolean => Math.abs(a - b) <= TOL * Math.max(1, Math.abs(b));

function checkBreakEven(
  out: Discrepancy[],
  c: GeneratedCase,
  model: ModelInput,
  references: ReturnType<typeof referenceAnswers>["breakEven"]
): void {
  c.breakEven.forEach((q, i) => {
    const reference = references[i];
    const product = attempt(() => productBreakEven(model, q));
    const label = `${q.metric} by ${q.driver} = ${q.target}`;
    if (!sameRefusal(out, c.seed, "breakEven", product, reference)) return;
    if (!("ok" in product) || !("ok" in reference)) return;
    const p = product.ok;
    const r = reference.ok;
    for (const field of ["low", "high", "min", "max", "baseline"] as const) {
      const d = mismatches(p[field], r[field], field);
      if (d.length > 0)
        out.push({ seed: c.seed, kind: `breakEven.${field}`, detail: `${label}: ${d}` });
    }
    if (mismatches(p.step, r.step, "step").length > 0) {
      const show = (step: [number, number] | null): string =>
        step === null ? "none" : `[${step[0]}, ${step[1]}]`;
      const detail = `${label}: product step ${show(p.step)} (value ${p.value}), reference step ${show(r.step)} (value ${r.value})${nearTargetNote(p, q.target)}`;
      out.push({ seed: c.seed, kind: stepKind(p, r, q.target), detail });
      return;
    }
    const d = mismatches(p.value, r.value, "value");
    if (d.length > 0) {
      const kind = bothRoots(model, q, p.value, r.value)
        ? "breakEven.value.flat"
        : "breakEven.value";
      out.push({ seed: c.seed, kind, detail: `${label}: ${d}` });
    }
  });
}

/**
 * Two different values that are both break-evens: the product's metric at each equals the target
 * to 1e-9 (the metric is flat at the target over part of the step, e.g. held by a capacity or
 * by the market, so the root is not unique and each side found one end of the flat).
 */
function bothRoots(
  model: ModelInput,
  q: { metric: string; driver: string; target: number },
  a: number | null,
  b: number | null
): boolean {
  if (a === null || b === null) return false;
  const driver = parseDriver(q.driver, model);
  const at = (value: number): number | null =>
    evaluateMetric(model, q.metric, [{ driver, mode: "value", value }]);
  return [a, b].every((v) => {
    const m = at(v);
    return m !== null && within(m, q.target);
  });
}

/**
 * A different step: "rounding" when the product's scan value at an end of either step is within
 * 1e-9 (relative) of the target — there the sign of f(v) is a matter of rounding and both answers
 * are the same root to the tolerance; else a real difference.
 */
/** The product's scan points whose metric is within 1e-9 of the target (but not on it). */
function nearTargetNote(
  p: { points: number[]; values: (number | null)[] },
  target: number
): string {
  const near = p.points.flatMap((v, i) => {
    const m = p.values[i];
    return m !== null && m !== undefined && m !== target && within(m, target)
      ? [`f(${v}) = ${m - target}`]
      : [];
  });
  return near.length === 0
    ? ""
    : `; the product's ${near.slice(0, 3).join(", ")}${near.length > 3 ? ", …" : ""}`;
}

function stepKind(
  p: { points: number[]; values: (number | null)[]; step: [number, number] | null },
  r: { step: [number, number] | null },
  target: number
): string {
  const ends = [...(p.step ?? []), ...(r.step ?? [])];
  const nearTarget = ends.some((v) => {
    const i = p.points.findIndex((x) => within(x, v));
    const m = i < 0 ? null : p.values[i];
    return m !== null && m !== undefined && within(m, target);
  });
  return nearTarget ? "breakEven.step.rounding" : "breakEven.step";
}

function checkAllocationAnswer(
  out: Discrepancy[],
  c: GeneratedCase,
  model: ModelInput,
  ref: RefModel,
  reference: ReturnType<typeof referenceAnswers>["allocation"]
): void {
  const q = c.allocation;
  const product = attempt(() =>
    allocate(model, {
      metric: q.metric,
      budget: q.budget ?? null,
      bounds: { json: q.bounds ?? null },
      unspent: q.unspent ?? false,
    })
  );
  if (!sameRefusal(out, c.seed, "allocation", product, reference)) return;
  if (!("ok" in product) || !("ok" in reference) || reference.ok === null) return;
  const setup = allocationSetup(ref, q);
  const spends = setup.names.map((n) => product.ok.spends[n] ?? NaN);
  const violations = checkAllocation(ref, setup, spends);
  if (violations.length > 0)
    out.push({
      seed: c.seed,
      kind: "allocation.checker",
      detail: `${q.metric}: ${violations.slice(0, 3).join("; ")}`,
    });
  const pv = product.ok.value;
  const rv = reference.ok.metric;
  if (rv === null) return;
  const margin = 1e-3 * Math.abs(rv);
  const worse = pv === null || (setup.metric.lowerIsBetter ? pv > rv + margin : pv < rv - margin);
  if (worse)
    out.push({
      seed: c.seed,
      kind: "allocation.worse",
      detail: `${q.metric}: product ${pv} vs reference ${rv}`,
    });
}

/**
 * Every difference between the product and the reference on one generated case. `productModel`
 * (default the case's) is what the product reads: a test plants a difference through it.
 */
export function crossCheck(c: GeneratedCase, productModel: unknown = c.model): Discrepancy[] {
  const out: Discrepancy[] = [];
  const loaded = attempt(() => loadJson(productModel));
  if (!("ok" in loaded)) {
    out.push({
      seed: c.seed,
      kind: "model.refusal",
      detail: "crash" in loaded ? brief(loaded.crash) : `product refuses: ${loaded.error}`,
    });
    return out;
  }
  const model = loaded.ok.model;
  const ref = fromJson(c.model);
  const answers = referenceAnswers(c);
  checkScenarios(out, c, model, answers.scenarios);
  checkBreakEven(out, c, model, answers.breakEven);
  checkAllocationAnswer(out, c, model, ref, answers.allocation);
  return out;
}

/**
 * §9 on one case, statistically (the product and the reference draw with different generators):
 * the same refusal, the same count without a value, the means within 4 standard errors
 * (random-sampling ones: Latin hypercube is tighter, so this is conservative), the medians within
 * 5 standard errors of a median (≈ 1.2533 σ/√n each) and the sds within 10 % (unless a few
 * extreme iterations make it: max − min above 100 interquartile ranges).
 */
export function crossCheckSimulation(
  c: GeneratedCase,
  iterations: number,
  metric = "npv"
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const model = loadJson(c.model).model;
  const product = attempt(() => {
    const doc = { uncertainty: c.uncertainty, correlations: c.correlations };
    const outcome = parseUncertaintyJson(doc, model);
    if (outcome.spec === null) throw new ModelInputError(outcome.errors);
    return simulate(model, outcome.spec, { metric, iterations, seed: 7 });
  });
  const reference = referenceSimulation(c, { metric, iterations, seed: 3 });
  if (!sameRefusal(out, c.seed, "simulation", product, reference)) return out;
  if (!("ok" in product) || !("ok" in reference)) return out;
  const p = product.ok;
  const r = reference.ok;
  const push = (kind: string, detail: string) =>
    out.push({ seed: c.seed, kind: `simulation.${kind}`, detail });
  if (p.noValue !== r.noValue) push("noValue", `${p.noValue} ≠ ${r.noValue}`);
  if (p.mean === null || r.mean === null || p.sd === null || r.sd === null) {
    if (p.mean !== r.mean) push("mean", `${p.mean} ≠ ${r.mean}`);
    return out;
  }
  const se = Math.sqrt((p.sd * p.sd + r.sd * r.sd) / iterations);
  const slack = 1e-9 * Math.max(1, Math.abs(r.mean));
  if (Math.abs(p.mean - r.mean) > 4 * se + slack)
    push("mean", `${p.mean} vs ${r.mean}: ${Math.abs(p.mean - r.mean) / se} standard errors`);
  const p50 = r.percentiles.p50 as number;
  if (Math.abs((p.p50 as number) - p50) > 5 * 1.2533 * se + slack)
    push("p50", `${p.p50} vs ${p50} (standard error ${se})`);
  // a metric constant up to rounding has an sd of rounding noise on both sides
  const noise = 1e-9 * Math.max(1, Math.abs(r.mean));
  // a few extreme iterations (a cost per lead sampled near 0, clamped to 1e-9 of its baseline)
  // make the sd the count of those iterations: compared only without such outliers
  const iqr = (r.percentiles.p75 as number) - (r.percentiles.p25 as number);
  const outliers = (r.max as number) - (r.min as number) > 100 * iqr;
  if (r.sd > noise && !outliers && Math.abs(p.sd - r.sd) > 0.1 * r.sd)
    push("sd", `${p.sd} vs ${r.sd}`);
  return out;
}
