/** The readable summary `gtm simulate` prints without --json or --out. */
import { METRIC_LABELS, type Metric, type SimulationResult } from "../model";
import { formatFigure, formatPlain, renderTable, type FigureStyle } from "./format";

type Kind = Parameters<typeof formatFigure>[1];

/** The metric's label and figure kind (a metric without a label reads as its name, as a count). */
export function metricWords(metric: string): { label: string; kind: Kind } {
  return (
    (METRIC_LABELS as Partial<Record<string, { label: string; kind: Kind }>>)[metric] ?? {
      label: metric,
      kind: "count",
    }
  );
}

/** "NPV below $0 in 3.2% of 10,000 runs" (the share of runs with a value). */
export function belowTargetWords(
  result: SimulationResult,
  format: (value: number) => string
): string {
  const { label } = metricWords(result.metric);
  const runs = result.iterations - result.noValue;
  const share =
    result.shareBelowTarget === null ? "none" : `${(result.shareBelowTarget * 100).toFixed(1)}%`;
  return `${label} below ${format(result.target)} in ${share} of ${runs.toLocaleString("en-US")} runs`;
}

export function simulationSummary(result: SimulationResult, style: FigureStyle): string {
  const { label, kind } = metricWords(result.metric as Metric);
  const figure = (value: number | null): string => formatFigure(value, kind, style);
  const sampling = result.sampling === "latin" ? "Latin hypercube" : "random sampling";
  const title = `${label}: ${result.iterations.toLocaleString("en-US")} runs, seed ${result.seed}, ${sampling}`;
  const rows: string[][] = [
    ["Statistic", "Value"],
    ["Mean", figure(result.mean)],
    ["Standard deviation", figure(result.sd)],
    ["Min", figure(result.min)],
    ...(["p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99"] as const).map((key) => [
      key.toUpperCase(),
      figure(result[key]),
    ]),
    ["Max", figure(result.max)],
    ["No value", result.noValue.toLocaleString("en-US")],
  ];
  const drivers = [
    ["Driver", "Rank correlation"],
    ...result.rankCorrelations.map((row) => [
      row.driver,
      row.rankCorrelation === null ? "n/a" : formatPlain(Number(row.rankCorrelation.toFixed(3))),
    ]),
  ];
  const below = belowTargetWords(result, figure);
  return `${title}\n\n${renderTable(rows)}\n${below}.\n\n${renderTable(drivers)}`;
}
