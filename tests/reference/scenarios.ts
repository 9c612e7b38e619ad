/**
 * §6 scenario comparison from the JSON form (`scenarios`: name and overrides), on the
 * reference engine: each scenario is the baseline with its overrides applied in order, one
 * full run; the comparison has a row per metric with Base, each scenario, and each
 * scenario's change against Base (null where either is null).
 */
import { applyAll, type Mode, type RefOverride } from "./drivers";
import { resolveMetric, TOTAL_METRICS } from "./metrics";
import { fail, fromJson, runRef, type JsonInput, type RefModel } from "./model";

export interface JsonScenario {
  name: unknown;
  overrides: { driver: unknown; value: unknown; mode?: unknown }[];
}

export interface ComparisonRow {
  metric: string;
  base: number | null;
  values: (number | null)[];
  change: (number | null)[];
}

export interface Comparison {
  scenarios: string[];
  metrics: string[];
  comparison: ComparisonRow[];
}

const blank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function readMode(where: string, mode: unknown): Mode {
  if (blank(mode)) return "value";
  const m = typeof mode === "string" ? mode.trim().toLowerCase() : "";
  if (m !== "value" && m !== "scale")
    fail(`${where} (mode): ${String(mode)} is not value or scale`);
  return m as Mode;
}

/**
 * The scenarios as name → overrides in order first listed; entries with the same name
 * (ignoring case) form one scenario, as rows of the sheet table do.
 */
export function readScenarios(list: JsonScenario[]): { name: string; overrides: RefOverride[] }[] {
  const out: { name: string; overrides: RefOverride[] }[] = [];
  list.forEach((sc, i) => {
    const where = `Scenarios[${i}]`;
    if (blank(sc.name) || typeof sc.name !== "string") return fail(`${where} (name): blank`);
    const name = sc.name.trim();
    if (name.toLowerCase() === "base") fail(`${where} (name): Base is the baseline's name`);
    const overrides = sc.overrides.map((o, j): RefOverride => {
      const at = `${where}.overrides[${j}]`;
      if (blank(o.driver) || typeof o.driver !== "string") return fail(`${at} (driver): blank`);
      if (typeof o.value !== "number" || !Number.isFinite(o.value))
        return fail(`${at} (value): ${String(o.value)} is not a number`);
      return { driver: o.driver, value: o.value, mode: readMode(at, o.mode) };
    });
    const same = out.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (same !== undefined) same.overrides.push(...overrides);
    else out.push({ name, overrides });
  });
  return out;
}

/** The comparison of §6 (default metrics: the 13 total metrics of §4, in that order). */
export function compareScenarios(
  json: JsonInput,
  list: JsonScenario[] = (json.scenarios as JsonScenario[] | undefined) ?? [],
  metrics: readonly string[] = TOTAL_METRICS
): Comparison {
  const base = fromJson(json);
  return compareOn(base, list, metrics);
}

export function compareOn(
  base: RefModel,
  list: JsonScenario[],
  metrics: readonly string[] = TOTAL_METRICS
): Comparison {
  const scenarios = readScenarios(list);
  const resolved = metrics.map((m) => resolveMetric(m, base));
  const baseResult = runRef(base);
  const results = scenarios.map((sc) => runRef(applyAll(base, sc.overrides)));
  return {
    scenarios: scenarios.map((s) => s.name),
    metrics: [...metrics],
    comparison: resolved.map((m) => {
      const b = m.read(baseResult);
      const values = results.map((r) => m.read(r));
      return {
        metric: m.text,
        base: b,
        values,
        change: values.map((v) => (v === null || b === null ? null : v - b)),
      };
    }),
  };
}
