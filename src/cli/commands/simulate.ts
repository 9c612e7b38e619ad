/**
 * `gtm simulate <in> --metric M [--iterations N] [--seed S] [--sampling latin|random] [--target T]
 * [--samples FILE.csv]`: Monte Carlo (spec §9) over the Uncertainty (and Correlations) tables.
 */
import {
  iterationsProblem,
  planSimulation,
  seedProblem,
  simulateChunk,
  summarize,
  type SimulationOptions,
  type SimulationResult,
} from "../../model";
import { parseArgs, requireValue, type CommandSpec, type ParsedArgs } from "../args";
import { UsageError } from "../errors";
import { checkOutput } from "../files";
import { SIMULATE_HELP } from "../help";
import type { CliIo } from "../io";
import { loadModel } from "../load";
import { simulationSummary } from "../simulationSummary";
import { parseNumber } from "../valueList";
import {
  INPUT_OPTIONS,
  OUTPUT_OPTIONS,
  bindingsOf,
  checkOut,
  deliver,
  figureStyle,
  printWarnings,
  sheetContext,
} from "./common";
import { writeSimulation } from "../../workbook";
import { writeSamples } from "./samplesCsv";
import { loadUncertainty } from "./simulateInputs";

const OPTIONS = {
  ...INPUT_OPTIONS,
  ...OUTPUT_OPTIONS,
  uncertainty: "value",
  correlations: "value",
  metric: "value",
  iterations: "value",
  seed: "value",
  sampling: "value",
  target: "value",
  samples: "value",
} as const;
const SPEC: CommandSpec<typeof OPTIONS> = {
  name: "simulate",
  positionals: ["in.xlsx|in.json"],
  options: OPTIONS,
};

type Args = ParsedArgs<typeof OPTIONS>;

function numberOption(args: Args, name: "iterations" | "seed" | "target"): number | undefined {
  const text = args.value(name);
  if (text === undefined) return undefined;
  const value = parseNumber(text.replace(/_/g, ""));
  if (value === null) throw new UsageError(`--${name} "${text}" is not a number`, SPEC.name);
  const problem =
    name === "iterations" ? iterationsProblem(value) : name === "seed" ? seedProblem(value) : null;
  if (problem !== null) throw new UsageError(`--${name} ${problem}`, SPEC.name);
  return value;
}

/** Every setting checked before any file is read (a usage error, exit 2). */
function settingsOf(args: Args): SimulationOptions {
  const sampling = args.value("sampling");
  if (sampling !== undefined && sampling !== "latin" && sampling !== "random")
    throw new UsageError(`--sampling "${sampling}" is not latin or random`, SPEC.name);
  return {
    metric: requireValue(SPEC, args, "metric"),
    iterations: numberOption(args, "iterations"),
    seed: numberOption(args, "seed"),
    sampling,
    target: numberOption(args, "target"),
  };
}

/** The --json answer: exactly these fields, in this order; warnings as their messages. */
export function simulationJson(result: SimulationResult): string {
  const { warnings, ...rest } = result;
  const ordered = {
    metric: rest.metric,
    iterations: rest.iterations,
    seed: rest.seed,
    sampling: rest.sampling,
    target: rest.target,
    noValue: rest.noValue,
    mean: rest.mean,
    sd: rest.sd,
    min: rest.min,
    max: rest.max,
    p1: rest.p1,
    p5: rest.p5,
    p10: rest.p10,
    p25: rest.p25,
    p50: rest.p50,
    p75: rest.p75,
    p90: rest.p90,
    p95: rest.p95,
    p99: rest.p99,
    shareBelowTarget: rest.shareBelowTarget,
    rankCorrelations: rest.rankCorrelations,
    histogram: rest.histogram,
    warnings: warnings.map((warning) => warning.message),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export async function simulateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(SPEC, argv);
  if (args.help) {
    io.out(SIMULATE_HELP);
    return 0;
  }
  const [input] = args.positionals;
  const options = settingsOf(args);
  await checkOut(args, input, SPEC.name);
  const samplesFile = args.value("samples");
  if (samplesFile !== undefined)
    await checkOutput(samplesFile, { force: args.flag("force"), input, command: SPEC.name });

  const loaded = await loadModel(input, bindingsOf(args));
  const uncertainty = await loadUncertainty(input, loaded, {
    uncertainty: args.value("uncertainty"),
    correlations: args.value("correlations"),
  });
  const plan = planSimulation(loaded.model, uncertainty.spec, options);
  const chunk = simulateChunk(plan, 0, plan.settings.iterations);
  const summary = summarize(plan, [chunk]);
  const result = { ...summary, warnings: [...uncertainty.warnings, ...summary.warnings] };
  printWarnings(io, [...loaded.warnings, ...result.warnings]);
  if (samplesFile !== undefined) {
    await writeSamples(samplesFile, plan, chunk.values, { force: args.flag("force") });
    const say = args.flag("json") ? io.err.bind(io) : io.out.bind(io);
    say(`Wrote ${samplesFile}: ${plan.settings.iterations.toLocaleString("en-US")} rows\n`);
  }
  const style = figureStyle(args, loaded.model);
  await deliver(args, loaded, io, SPEC.name, {
    write: (port) =>
      writeSimulation(port, {
        ...sheetContext(loaded, io, style),
        warnings: [...loaded.warnings, ...uncertainty.warnings],
        simulation: summary,
        spec: uncertainty.spec,
        tables: uncertainty.tables,
      }),
    json: () => simulationJson(result),
    summary: () => simulationSummary(result, style),
  });
  return 0;
}
