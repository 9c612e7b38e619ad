/** The readable summaries of `gtm scenarios`, `gtm breakeven` and `gtm allocate` (without --json or --out). */
import {
  FIELD_LABELS,
  metricInfo,
  parseDriver,
  type AllocationResult,
  type BreakEvenResult,
  type ModelInput,
  type ScenarioComparison,
  type StopReason,
} from "../model";
import {
  figureWords,
  formatFigure,
  formatMetric,
  formatPlain,
  NOT_AVAILABLE,
  plural,
  renderTable,
  type FigureStyle,
} from "./format";

export function scenariosSummary(comparison: ScenarioComparison, style: FigureStyle): string {
  const names = comparison.scenarios;
  const header = ["Metric", "Base", ...names, ...names.map((name) => `${name} vs Base`)];
  const rows = comparison.comparison.map((row) => [
    metricInfo(row.metric).label,
    formatMetric(row.base, row.metric, style),
    ...row.values.map((value) => formatMetric(value, row.metric, style)),
    ...row.change.map((value) => formatMetric(value, row.metric, style)),
  ]);
  const count = names.length === 1 ? "1 scenario" : `${names.length} scenarios`;
  return `Scenarios: Base and ${count}\n\n${renderTable([header, ...rows])}`;
}

/** A driver's value as typed, with its percentage for a rate. */
function driverValue(value: number, driver: string, model: ModelInput): string {
  const kind = FIELD_LABELS[parseDriver(driver, model).field]?.kind;
  return kind === "rate"
    ? `${formatPlain(value)} (${formatPlain(value * 100)}%)`
    : formatPlain(value);
}

export function breakEvenSummary(
  answer: BreakEvenResult,
  model: ModelInput,
  style: FigureStyle
): string {
  const { label } = metricInfo(answer.metric);
  const figure = (value: number | null): string =>
    figureWords(value, metricInfo(answer.metric), style);
  const range = `${driverValue(answer.low, answer.driver, model)} to ${driverValue(answer.high, answer.driver, model)}`;
  const lines = [
    `Break-even: ${label} = ${figure(answer.target)} by ${answer.driver}, searched from ${range}`,
    "",
  ];
  if (answer.value === null) {
    lines.push(
      `No break-even in the interval: ${label} stays between ${figure(answer.min)} and ${figure(answer.max)}.`
    );
  } else {
    const step =
      answer.step === null
        ? ""
        : ` (in the step ${formatPlain(answer.step[0])} to ${formatPlain(answer.step[1])})`;
    lines.push(`${answer.driver} = ${driverValue(answer.value, answer.driver, model)}${step}`);
    lines.push(`${label} over the interval: ${figure(answer.min)} to ${figure(answer.max)}`);
  }
  lines.push(`${label} at the baseline: ${figure(answer.baseline)}`);
  return `${lines.join("\n")}\n`;
}

/** Spend figures: money without cents, as the allocation sheet shows them. */
const MONEY = { kind: "money", decimals: 0 } as const;

const STOPS: Record<StopReason, string> = {
  fixed: "cannot buy leads (no cost per lead or no mix row)",
  min: "at its minimum",
  max: "at its maximum",
  capacity: "held by its capacity",
  margin: "the next dollar earns less elsewhere",
};

export function allocationSummary(answer: AllocationResult, style: FigureStyle): string {
  const money = (value: number | null): string => formatFigure(value, MONEY, style);
  const signedMoney = (value: number): string => (value > 0 ? `+${money(value)}` : money(value));
  const { label } = metricInfo(answer.metric);
  const rows = answer.channels.map((c) => [
    c.name,
    money(c.now),
    money(c.best),
    signedMoney(c.best - c.now),
    STOPS[c.stop],
  ]);
  const now = answer.channels.reduce((sum, c) => sum + c.now, 0);
  const best = answer.channels.reduce((sum, c) => sum + c.best, 0);
  rows.push(["Total", money(now), money(best), signedMoney(best - now), ""]);
  if (answer.unspent) rows.push(["Unspent", "", money(answer.unspentAmount), "", ""]);
  const change =
    answer.value === null || answer.baseline === null
      ? NOT_AVAILABLE
      : formatMetric(answer.value - answer.baseline, answer.metric, style);
  rows.push([
    label,
    formatMetric(answer.baseline, answer.metric, style),
    formatMetric(answer.value, answer.metric, style),
    change,
    "",
  ]);
  const header = ["Channel", "Spend now", "Best spend", "Change", "Why it stops there"];
  const unit = plural(style.periodUnit, 1);
  const how = answer.unspent ? "at most" : "exactly";
  const budget = figureWords(answer.budget, MONEY, style);
  return `Best split of a budget of ${budget} per ${unit} (${how}) for ${label}\n\n${renderTable([header, ...rows])}`;
}
