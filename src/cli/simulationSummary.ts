/** The readable summary `gtm simulate` prints without --json or --out. */
import type { SimulationResult } from "../model";
import { belowTargetWords, simulationMetric } from "../workbook";
import { figureWords, formatFigure, formatPlain, renderTable, type FigureStyle } from "./format";

export function simulationSummary(result: SimulationResult, style: FigureStyle): string {
  const presentation = simulationMetric(result.metric);
  const { label } = presentation;
  const figure = (value: number | null): string => formatFigure(value, presentation, style);
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
  const below = belowTargetWords(result, (value) => figureWords(value, presentation, style));
  return `${title}\n\n${renderTable(rows)}\n${below}.\n\n${renderTable(drivers)}`;
}
