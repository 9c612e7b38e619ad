/** The sentence the pane shows when an action has finished: which sheet, and the answer in words. */
import { FIELD_LABELS, METRIC_LABELS } from "../model";
import type { FigureKind, Metric } from "../model";
import { formatFigure } from "./figures";
import type { ActionOutcome, ModelChoices, OutcomeDetail } from "./operations";
import type { Strings } from "./strings";

type Done = Extract<ActionOutcome, { status: "done" }>;

/** `npv` → money; `channel[Partners].cac` → money; `segment[X].penetration` → rate. */
export function metricKind(metric: string): FigureKind {
  const field = metric.includes(".") ? metric.slice(metric.lastIndexOf(".") + 1) : metric;
  if (field === "penetration") return "rate";
  return METRIC_LABELS[field as Metric]?.kind ?? "count";
}

export function driverKind(driver: string): FigureKind {
  const field = driver.includes(".") ? driver.slice(driver.lastIndexOf(".") + 1) : driver;
  const kind = FIELD_LABELS[field]?.kind;
  return kind === undefined || kind === "text" ? "count" : kind;
}

function labelOf(value: string, options: { value: string; label: string }[]): string {
  return options.find((option) => option.value === value)?.label ?? value;
}

function detailText(
  strings: Strings,
  detail: OutcomeDetail,
  sheet: string,
  choices: ModelChoices | null
): string {
  const context = {
    currency: choices?.currency ?? "USD",
    periodUnit: choices?.periodUnit ?? "month",
    lang: strings.lang,
  };
  const metrics = choices?.metrics ?? [];
  const figure = (value: number | null, kind: FigureKind): string =>
    value === null ? "—" : formatFigure(value, kind, context);
  const o = strings.outcomes;
  switch (detail.kind) {
    case "breakEven": {
      const { answer } = detail;
      const metric = labelOf(answer.metric, metrics);
      if (answer.value === null) {
        const kind = metricKind(answer.metric);
        return o.noBreakEven(metric, figure(answer.min, kind), figure(answer.max, kind), sheet);
      }
      const driver = labelOf(answer.driver, choices?.drivers ?? []);
      return o.breakEven(driver, figure(answer.value, driverKind(answer.driver)), sheet);
    }
    case "allocation": {
      const kind = metricKind(detail.metric);
      const metric = labelOf(detail.metric, metrics);
      return o.allocation(metric, figure(detail.baseline, kind), figure(detail.value, kind), sheet);
    }
    case "simulation": {
      const metric = labelOf(detail.metric, metrics);
      const target = figure(detail.target, metricKind(detail.metric));
      const share = figure(detail.shareBelow, "rate");
      const runs = new Intl.NumberFormat(strings.lang === "zh-Hans" ? "zh-CN" : "en-US").format(
        detail.iterations
      );
      return `${o.simulation(metric, target, share, runs)} ${strings.messages.resultsWritten(sheet)}`;
    }
  }
}

/** The success message of a finished action, or null to use the action's own sentence. */
export function outcomeText(
  strings: Strings,
  outcome: Done,
  choices: ModelChoices | null
): string | null {
  if (outcome.detail === undefined) return null;
  return detailText(strings, outcome.detail, outcome.sheets[0] ?? "", choices);
}
