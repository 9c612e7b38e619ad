/**
 * GTM.SIMULATE (spec §9): the Uncertainty and Correlations ranges validated against the model,
 * the settings checked, and the answer as a two-column table `Statistic, Value`. The run itself is
 * the engine's `simulateAsync`, which gives Excel control between steps.
 */
import {
  iterationsProblem,
  parseUncertaintyTables,
  seedProblem,
  simulateAsync,
  type AsyncControl,
  type CellValue,
  type ModelInput,
  type SimulationOptions,
  type SimulationResult,
  type TableOrigin,
  type UncertaintySpec,
} from "../../model";
import { GtmError, modelProblem } from "./errors";
import type { Bilingual } from "./errors";
import type { Row } from "./modelTables";

export interface SimulateArgs {
  uncertainty: CellValue[][] | null;
  correlations: CellValue[][] | null;
  origins: { uncertainty?: TableOrigin; correlations?: TableOrigin };
  metric: string;
  iterations: number | null;
  seed: number | null;
}

/** A setting's problem without its leading value ("50 is not…" → "is not…"), which the message puts first. */
function withoutValue(problem: Bilingual): Bilingual {
  return { en: problem.en.replace(/^\S+ /, ""), zh: problem.zh.replace(/^\S+ /, "") };
}

/** The uncertainty spec and the settings, or a GtmError (#VALUE! for the tables, #NUM! for the numbers). */
export function simulationRequest(
  model: ModelInput,
  args: SimulateArgs
): { spec: UncertaintySpec; options: SimulationOptions } {
  for (const [param, value, problem] of [
    [
      "iterations",
      args.iterations,
      args.iterations === null ? null : iterationsProblem(args.iterations),
    ],
    ["seed", args.seed, args.seed === null ? null : seedProblem(args.seed)],
  ] as const) {
    if (problem !== null && value !== null)
      throw new GtmError("outOfRange", { param, value, rule: withoutValue(modelProblem(problem)) });
  }
  const outcome = parseUncertaintyTables(
    { uncertainty: args.uncertainty, correlations: args.correlations, origins: args.origins },
    model
  );
  if (outcome.spec === null) throw new GtmError("modelInput", { issues: outcome.errors });
  return {
    spec: outcome.spec,
    options: { metric: args.metric, iterations: args.iterations, seed: args.seed, target: 0 },
  };
}

const STATISTICS: readonly [string, keyof SimulationResult][] = [
  ["Iterations", "iterations"],
  ["No value", "noValue"],
  ["Mean", "mean"],
  ["Standard deviation", "sd"],
  ["Min", "min"],
  ["P1", "p1"],
  ["P5", "p5"],
  ["P10", "p10"],
  ["P25", "p25"],
  ["P50", "p50"],
  ["P75", "p75"],
  ["P90", "p90"],
  ["P95", "p95"],
  ["P99", "p99"],
  ["Max", "max"],
  ["Share below target", "shareBelowTarget"],
];

/** The spill: `Statistic, Value`, the statistics, then one row per driver with its rank correlation. */
export function simulationRows(result: SimulationResult): Row[] {
  return [
    ["Statistic", "Value"],
    ...STATISTICS.map(([label, key]): Row => [label, result[key] as number | null]),
    ...result.rankCorrelations.map((row): Row => [row.driver, row.rankCorrelation]),
  ];
}

/** Run it (null when Excel cancelled the recalculation). */
export async function simulationTable(
  model: ModelInput,
  request: { spec: UncertaintySpec; options: SimulationOptions },
  control: AsyncControl
): Promise<Row[] | null> {
  const result = await simulateAsync(model, request.spec, request.options, control);
  return result === null ? null : simulationRows(result);
}
