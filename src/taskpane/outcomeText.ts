/** The sentence the pane shows when an action has finished: which sheet, and the answer in words. */
import { FIELD_LABELS, resultPresentation } from "../model";
import type { Presentation } from "../model";
import { formatFigure } from "./figures";
import type { ActionOutcome, ModelChoices, OutcomeDetail } from "./operations";
import type { Strings } from "./strings";

type Done = Extract<ActionOutcome, { status: "done" }>;

type Shown = Pick<Presentation, "kind" | "decimals">;

/** `npv` → money; `channel[Partners].cac` → money with cents; `segment[X].penetration` → rate. */
export function metricPresentation(metric: string): Shown {
  const field = metric.includes(".") ? metric.slice(metric.lastIndexOf(".") + 1) : metric;
  return resultPresentation(field) ?? { kind: "count", decimals: 1 };
}

/** An input field's presentation (`channel[A].conversion` → rate); text fields read as counts. */
export function driverPresentation(driver: string): Shown {
  const field = driver.includes(".") ? driver.slice(driver.lastIndexOf(".") + 1) : driver;
  const entry = FIELD_LABELS[field];
  return entry === undefined || entry.kind === "text"
    ? { kind: "count", decimals: 1 }
    : { kind: entry.kind, decimals: entry.decimals };
}

/**
 * A value the add-in found (a break-even) rather than one typed: one digit more than the input's
 * own format (7.61%, not 7.6%), money to the cent. The sheet keeps four decimals beside it.
 */
export function foundPresentation(shown: Shown): Shown {
  return shown.kind === "money"
    ? { ...shown, decimals: Math.max(shown.decimals, 2) }
    : { ...shown, decimals: shown.decimals + 1 };
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
  const figure = (value: number | null, kind: Shown): string =>
    value === null ? "—" : formatFigure(value, kind, context);
  const o = strings.outcomes;
  switch (detail.kind) {
    case "breakEven": {
      const { answer } = detail;
      const metric = labelOf(answer.metric, metrics);
      if (answer.value === null) {
        const kind = metricPresentation(answer.metric);
        return o.noBreakEven(metric, figure(answer.min, kind), figure(answer.max, kind), sheet);
      }
      const driver = labelOf(answer.driver, choices?.drivers ?? []);
      return o.breakEven(
        driver,
        figure(answer.value, foundPresentation(driverPresentation(answer.driver))),
        sheet
      );
    }
    case "allocation": {
      const kind = metricPresentation(detail.metric);
      const metric = labelOf(detail.metric, metrics);
      return o.allocation(metric, figure(detail.baseline, kind), figure(detail.value, kind), sheet);
    }
    case "simulation": {
      const metric = labelOf(detail.metric, metrics);
      const target = figure(detail.target, metricPresentation(detail.metric));
      const share = figure(detail.shareBelow, { kind: "rate", decimals: 1 });
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
