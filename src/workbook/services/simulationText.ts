/**
 * Words for a simulation's answer that every host shows the same way: the share below the target
 * ("NPV below $0 in 3.2% of 10,000 runs") and each distribution in plain words.
 */
import {
  metricLabelIn,
  PARAMETER_LABELS,
  PARAMETER_LABELS_ZH,
  resultPresentation,
} from "../../model";
import type { Locale, PeriodUnit, SimulationResult, UncertainDriver } from "../../model";
import { sheetText } from "./sheetText";
import type { FigureKind, Presentation } from "../../model/labels";
import { currencyCode, currencyDecimals, periodPlural } from "../formats";
import { formatNumber } from "../../model/schema";

/** A metric's presentation (a metric without a label reads as its name, a count), in `locale`. */
export function simulationMetric(metric: string, locale: Locale = "en"): Presentation {
  const entry = resultPresentation(metric) ?? { label: metric, kind: "count", decimals: 1 };
  return locale === "en" ? entry : { ...entry, label: metricLabelIn(metric, locale) };
}

/** The decimals a figure of a kind shows when only its kind is known (the pane's messages). */
export const KIND_DECIMALS: Record<FigureKind, number> = {
  money: 0,
  rate: 1,
  count: 1,
  ratio: 2,
  periods: 1,
  number: 2,
};

export interface FigureTextContext {
  /** The model's currency code; USD when blank. */
  currency?: string | null;
  periodUnit?: PeriodUnit | string;
  /** `en-US` by default; `zh-CN` for the Chinese pane. */
  locale?: string;
}

/**
 * A figure as text, for sentences (cells get number formats instead): the presentation table's
 * kind and decimals, money in the model's currency with accounting negatives (`($55,000)`).
 */
export function figureText(
  value: number,
  presentation: Pick<Presentation, "kind" | "decimals">,
  context: FigureTextContext = {}
): string {
  const { kind, decimals } = presentation;
  const locale = context.locale ?? "en-US";
  const fixed = (n: number, digits: number, grouping = true): string =>
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: grouping,
    }).format(n);
  switch (kind) {
    case "money": {
      const currency = currencyCode(context.currency);
      const digits = Math.min(decimals, currencyDecimals(currency));
      return new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        currencyDisplay: "narrowSymbol",
        currencySign: "accounting",
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
    }
    case "rate":
      return `${fixed(value * 100, decimals)}%`;
    case "ratio":
      return `${fixed(value, decimals)}x`;
    case "periods":
      return `${fixed(value, 1, false)} ${periodPlural((context.periodUnit ?? "month") as PeriodUnit)}`;
    default:
      return fixed(value, decimals);
  }
}

/** "NPV below $0 in 3.2% of 10,000 runs" — over the runs where the metric has a value. */
export function belowTargetWords(
  result: SimulationResult,
  format: (value: number) => string,
  locale: Locale = "en"
): string {
  const t = sheetText(locale).simulation;
  const { label } = simulationMetric(result.metric, locale);
  const runs = (result.iterations - result.noValue).toLocaleString("en-US");
  if (result.shareBelowTarget === null) return t.noValue(label);
  const share = `${(result.shareBelowTarget * 100).toFixed(1)}%`;
  return t.belowTarget(label, format(result.target), share, runs);
}

/** `PERT: Min 0.1, Most likely 0.15, Max 0.18` (and `× baseline` when it scales). */
export function distributionWords(entry: UncertainDriver, locale: Locale = "en"): string {
  const d = entry.distribution;
  const t = sheetText(locale).simulation;
  const labels: Record<string, string> = locale === "en" ? PARAMETER_LABELS : PARAMETER_LABELS_ZH;
  const name = t.distributionName(d.name);
  const parts: [string, number | null][] =
    d.name === "uniform"
      ? [
          ["min", d.min],
          ["max", d.max],
        ]
      : "mostLikely" in d
        ? [
            ["min", d.min],
            ["mostLikely", d.mostLikely],
            ["max", d.max],
          ]
        : [
            ["mean", d.mean],
            ["sd", d.sd],
            ["min", d.min],
            ["max", d.max],
          ];
  const shown = parts
    .filter((part): part is [string, number] => part[1] !== null)
    .map(([key, value]) => `${labels[key]} ${formatNumber(value)}`)
    .join(t.listSeparator);
  return `${name}${locale === "en" ? ": " : "："}${shown}${entry.apply === "scale" ? t.scaled : ""}`;
}
