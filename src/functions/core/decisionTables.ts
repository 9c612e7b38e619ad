/**
 * The tables behind GTM.SCENARIOS, GTM.BREAKEVEN and GTM.ALLOCATE (spec §6–§8): thin over the
 * engine. Pure: validated inputs in, plain rows out, `null` where the model has no value.
 */
import {
  allocate,
  breakEven,
  formatNumber,
  metricInfo,
  scenarioComparison,
  type ModelInput,
  type TableOrigin,
} from "../../model";
import { GtmError } from "./errors";
import type { Row } from "./modelTables";

type Grid = readonly (readonly unknown[])[];

/** GTM.SCENARIOS: `Metric, Base, <scenario…>, <scenario> vs Base…`, then one row per metric. */
export function scenariosTable(
  model: ModelInput,
  scenarios: { table: Grid; origin?: TableOrigin },
  metrics: string[] | null
): Row[] {
  const comparison = scenarioComparison(model, { scenarios, metrics });
  const names = comparison.scenarios;
  return [
    ["Metric", "Base", ...names, ...names.map((name) => `${name} vs Base`)],
    ...comparison.comparison.map((row) => [
      metricInfo(row.metric).label,
      row.base,
      ...row.values,
      ...row.change,
    ]),
  ];
}

/** A figure for a message: plain digits, at most 12 significant; null (no value) stays null. */
const figure = (value: number | null): string | null =>
  value === null ? null : formatNumber(value);

/** GTM.BREAKEVEN: the driver's value; none in the interval → #N/A giving the metric's range. */
export function breakEvenValue(
  model: ModelInput,
  question: {
    metric: string;
    driver: string;
    target: number;
    low: number | null;
    high: number | null;
  }
): number {
  const answer = breakEven(model, question);
  if (answer.value !== null) return answer.value;
  throw new GtmError("noBreakEven", {
    metric: { en: metricInfo(answer.metric).label, zh: metricInfo(answer.metric, "zh-CN").label },
    low: formatNumber(answer.low),
    high: formatNumber(answer.high),
    min: figure(answer.min),
    max: figure(answer.max),
  });
}

/**
 * GTM.ALLOCATE: `Channel, Spend now, Best spend, Change`, a row per channel, `Total`, then the
 * metric's label with its value now, at the best spend, and the change.
 */
export function allocationTable(
  model: ModelInput,
  question: {
    metric: string | null;
    budget: number | null;
    bounds: { table: Grid; origin?: TableOrigin } | null;
    unspent: boolean;
  }
): Row[] {
  const answer = allocate(model, question);
  const now = answer.channels.reduce((sum, c) => sum + c.now, 0);
  const best = answer.channels.reduce((sum, c) => sum + c.best, 0);
  const change =
    answer.value === null || answer.baseline === null ? null : answer.value - answer.baseline;
  return [
    ["Channel", "Spend now", "Best spend", "Change"],
    ...answer.channels.map((c): Row => [c.name, c.now, c.best, c.best - c.now]),
    ["Total", now, best, best - now],
    [metricInfo(answer.metric).label, answer.baseline, answer.value, change],
  ];
}
