/**
 * Words for a simulation's answer that every host shows the same way: the share below the target
 * ("NPV below $0 in 3.2% of 10,000 runs") and each distribution in plain words.
 */
import { METRIC_LABELS, metricLabelIn, PARAMETER_LABELS, PARAMETER_LABELS_ZH } from "../../model";
import type { Locale, SimulationResult, UncertainDriver } from "../../model";
import { sheetText } from "./sheetText";
import type { FigureKind } from "../../model/labels";
import { formatNumber } from "../../model/schema";

/** A metric's label and figure kind (a metric without a label reads as its name, a count). */
export function simulationMetric(
  metric: string,
  locale: Locale = "en"
): { label: string; kind: FigureKind } {
  const entry = (METRIC_LABELS as Partial<Record<string, { label: string; kind: FigureKind }>>)[
    metric
  ] ?? { label: metric, kind: "count" };
  return locale === "en" ? entry : { label: metricLabelIn(metric, locale), kind: entry.kind };
}

/** A figure as text, for sentences (sheets format their cells with number formats instead). */
export function figureText(value: number, kind: FigureKind, currency = "$"): string {
  const grouped = (n: number, decimals: number): string =>
    Math.abs(n).toLocaleString("en-US", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  const sign = value < 0 ? "-" : "";
  switch (kind) {
    case "money":
      return `${sign}${currency}${grouped(value, 0)}`;
    case "rate":
      return `${sign}${grouped(value * 100, 1)}%`;
    case "ratio":
      return `${sign}${grouped(value, 2)}x`;
    default:
      return `${sign}${grouped(value, 1).replace(/\.0$/, "")}`;
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
