/** The readable summary `gtm simulate` prints without --json or --out, in the language of `--lang`. */
import type { SimulationResult } from "../model";
import { belowTargetWords, simulationMetric } from "../workbook";
import { figureWords, formatFigure, formatPlain, renderTable, type FigureStyle } from "./format";
import { message } from "./i18n/messages";

export function simulationSummary(result: SimulationResult, style: FigureStyle): string {
  const { locale = "en" } = style;
  const presentation = simulationMetric(result.metric, locale);
  const { label } = presentation;
  const figure = (value: number | null): string => formatFigure(value, presentation, style);
  const sampling = message(result.sampling === "latin" ? "latin" : "random", locale);
  const runs = result.iterations.toLocaleString("en-US");
  const title = message("simulationTitle", locale, label, runs, result.seed, sampling);
  const rows: string[][] = [
    [message("statistic", locale), message("value", locale)],
    [message("mean", locale), figure(result.mean)],
    [message("sd", locale), figure(result.sd)],
    [message("min", locale), figure(result.min)],
    ...(["p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99"] as const).map((key) => [
      key.toUpperCase(),
      figure(result[key]),
    ]),
    [message("max", locale), figure(result.max)],
    [message("noValue", locale), result.noValue.toLocaleString("en-US")],
  ];
  const drivers = [
    [message("driver", locale), message("rankCorrelation", locale)],
    ...result.rankCorrelations.map((row) => [
      row.driver,
      row.rankCorrelation === null ? "n/a" : formatPlain(Number(row.rankCorrelation.toFixed(3))),
    ]),
  ];
  const below = belowTargetWords(
    result,
    (value) => figureWords(value, presentation, style),
    locale
  );
  return `${title}\n\n${renderTable(rows)}\n${message("sentenceEnd", locale, below)}\n\n${renderTable(drivers)}`;
}
