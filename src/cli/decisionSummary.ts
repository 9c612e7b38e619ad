/**
 * The readable summaries of `gtm scenarios`, `gtm breakeven` and `gtm allocate` (without --json or
 * --out), in the language of `--lang` (`style.locale`).
 */
import {
  FIELD_LABELS,
  metricInfo,
  parseDriver,
  type AllocationResult,
  type BreakEvenResult,
  type Locale,
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
import { message, type MessageCode } from "./i18n/messages";
import { sheetText } from "../workbook";

export function scenariosSummary(comparison: ScenarioComparison, style: FigureStyle): string {
  const { locale = "en" } = style;
  const names = comparison.scenarios;
  const header = [
    message("metric", locale),
    message("base", locale),
    ...names,
    ...names.map((name) => message("vsBase", locale, name)),
  ];
  const rows = comparison.comparison.map((row) => [
    metricInfo(row.metric, locale).label,
    formatMetric(row.base, row.metric, style),
    ...row.values.map((value) => formatMetric(value, row.metric, style)),
    ...row.change.map((value) => formatMetric(value, row.metric, style)),
  ]);
  const title =
    names.length === 1
      ? message("scenariosOne", locale)
      : message("scenariosMany", locale, names.length);
  return `${title}\n\n${renderTable([header, ...rows])}`;
}

/** A driver's value as typed, with its percentage for a rate. */
function driverValue(value: number, driver: string, model: ModelInput, locale: Locale): string {
  const kind = FIELD_LABELS[parseDriver(driver, model).field]?.kind;
  if (kind !== "rate") return formatPlain(value);
  const percent = `${formatPlain(value * 100)}%`;
  return locale === "en"
    ? `${formatPlain(value)} (${percent})`
    : `${formatPlain(value)}（${percent}）`;
}

export function breakEvenSummary(
  answer: BreakEvenResult,
  model: ModelInput,
  style: FigureStyle
): string {
  const { locale = "en" } = style;
  const { label } = metricInfo(answer.metric, locale);
  const figure = (value: number | null): string =>
    figureWords(value, metricInfo(answer.metric), style);
  const [low, high] = [answer.low, answer.high].map((v) =>
    driverValue(v, answer.driver, model, locale)
  );
  const range = message("fromTo", locale, low, high);
  const target = figure(answer.target);
  const lines = [message("breakEvenTitle", locale, label, target, answer.driver, range), ""];
  const [min, max] = [figure(answer.min), figure(answer.max)];
  if (answer.value === null) {
    lines.push(message("noBreakEven", locale, label, min, max));
  } else {
    const step =
      answer.step === null
        ? ""
        : message("inStep", locale, formatPlain(answer.step[0]), formatPlain(answer.step[1]));
    const value = driverValue(answer.value, answer.driver, model, locale);
    lines.push(`${answer.driver} = ${value}${step}`);
    lines.push(message("overInterval", locale, label, min, max));
  }
  lines.push(message("atBaseline", locale, label, figure(answer.baseline)));
  return `${lines.join("\n")}\n`;
}

/** Spend figures: money without cents, as the allocation sheet shows them. */
const MONEY = { kind: "money", decimals: 0 } as const;

const STOPS: Record<StopReason, MessageCode> = {
  fixed: "stopFixed",
  min: "stopMin",
  max: "stopMax",
  capacity: "stopCapacity",
  margin: "stopMargin",
};

export function allocationSummary(answer: AllocationResult, style: FigureStyle): string {
  const money = (value: number | null): string => formatFigure(value, MONEY, style);
  const signedMoney = (value: number): string => (value > 0 ? `+${money(value)}` : money(value));
  const { locale = "en" } = style;
  const { label } = metricInfo(answer.metric, locale);
  const rows = answer.channels.map((c) => [
    c.name,
    money(c.now),
    money(c.best),
    signedMoney(c.best - c.now),
    message(STOPS[c.stop], locale),
  ]);
  const now = answer.channels.reduce((sum, c) => sum + c.now, 0);
  const best = answer.channels.reduce((sum, c) => sum + c.best, 0);
  rows.push([message("total", locale), money(now), money(best), signedMoney(best - now), ""]);
  if (answer.unspent)
    rows.push([message("unspent", locale), "", money(answer.unspentAmount), "", ""]);
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
  const header = (["channel", "spendNow", "bestSpend", "change", "whyStops"] as const).map((code) =>
    message(code, locale)
  );
  const unit =
    locale === "en"
      ? plural(style.periodUnit, 1)
      : sheetText(locale).period.plural(style.periodUnit);
  const how = message(answer.unspent ? "atMost" : "exactly", locale);
  const budget = figureWords(answer.budget, MONEY, style);
  const title = message("allocationTitle", locale, budget, unit, how, label);
  return `${title}\n\n${renderTable([header, ...rows])}`;
}
