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
import { writeSimulation } from "../../workbook";
import type { ParsedArgs } from "../args";
import { metricOption } from "../checks";
import { checkBindingForJson } from "../decisionInputs";
import { UsageError } from "../errors";
import { checkOutput } from "../files";
import type { CliIo } from "../io";
import { declare, INPUT_FILE, METRIC_HELP, MODEL_OPTIONS, type OptionName } from "../options";
import { simulationSummary } from "../simulationSummary";
import { parseNumber } from "../valueList";
import { modelCommand, printWarnings } from "./common";
import { writeSamples } from "./samplesCsv";
import { loadUncertainty } from "./simulateInputs";

export const SIMULATE = declare({
  name: "simulate",
  summary: "Monte Carlo: the spread of a metric over the Uncertainty table's drivers",
  positionals: [INPUT_FILE],
  about: `Monte Carlo: every uncertain driver of the Uncertainty table is sampled from its distribution
(rank-correlated as the optional Correlations table says), the model runs once per iteration, and
the metric's spread is summarised: mean, standard deviation, percentiles, the share of runs below
the target, and each driver's rank correlation with the metric. A .json input carries the tables
as "uncertainty" and "correlations" (shared/examples).`,
  options: [
    { name: "metric", type: "string", valueName: "M", required: true, description: METRIC_HELP },
    {
      name: "iterations",
      type: "string",
      valueName: "N",
      default: "5000",
      description: "100 to 1,000,000",
    },
    {
      name: "seed",
      type: "string",
      valueName: "S",
      default: "1",
      description: "a whole number: the same seed gives the same numbers",
    },
    {
      name: "sampling",
      type: "string",
      choices: ["latin", "random"],
      default: "latin",
      description: "Latin hypercube or plain random sampling",
    },
    {
      name: "target",
      type: "string",
      valueName: "T",
      default: "0",
      description: "the share of runs below this value is reported",
    },
    {
      name: "samples",
      type: "string",
      valueName: "FILE.csv",
      description:
        "write every iteration's sampled values (as drawn, before clamping) and\nthe metric (empty where it has no value); replaced only with --force",
    },
    {
      name: "uncertainty",
      type: "string",
      valueName: "NAME",
      default: "Uncertainty",
      description:
        "table, sheet or range of the Uncertainty table (Driver, Distribution,\nMin, Most likely, Max, Mean, SD, Apply)",
    },
    {
      name: "correlations",
      type: "string",
      valueName: "NAME",
      default: "Correlations",
      description: "... of the optional Correlations table (Driver, With, Correlation)",
    },
    ...MODEL_OPTIONS,
  ],
  notes: `  --json prints { "metric", "iterations", "seed", "sampling", "target", "noValue", "mean", "sd",
  "min", "max", "p1" … "p99", "shareBelowTarget", "rankCorrelations": [{ driver, rankCorrelation }],
  "histogram": [{ from, to, count }], "warnings": [...] }. null = no value.`,
});

type Args = ParsedArgs<OptionName<typeof SIMULATE>>;

function numberOption(args: Args, name: "iterations" | "seed" | "target"): number | undefined {
  const text = args.value(name);
  if (text === undefined) return undefined;
  const value = parseNumber(text.replace(/_/g, ""));
  if (value === null) throw new UsageError(`--${name} "${text}" is not a number`, SIMULATE.name);
  const problem =
    name === "iterations" ? iterationsProblem(value) : name === "seed" ? seedProblem(value) : null;
  if (problem !== null) throw new UsageError(`--${name} ${problem}`, SIMULATE.name);
  return value;
}

/** Every setting checked before any file is read (a usage error, exit 2). */
async function settingsOf(args: Args, input: string) {
  const options: SimulationOptions = {
    metric: metricOption(args.value("metric") as string, "metric", SIMULATE.name),
    iterations: numberOption(args, "iterations"),
    seed: numberOption(args, "seed"),
    sampling: args.value("sampling") as SimulationOptions["sampling"],
    target: numberOption(args, "target"),
  };
  const samples = args.value("samples");
  const force = args.flag("force");
  if (samples !== undefined) await checkOutput(samples, { force, input, command: SIMULATE.name });
  const bindings = {
    uncertainty: args.value("uncertainty"),
    correlations: args.value("correlations"),
  };
  checkBindingForJson(input, "uncertainty", bindings.uncertainty, SIMULATE.name);
  checkBindingForJson(input, "correlations", bindings.correlations, SIMULATE.name);
  return { options, samples, force, bindings, json: args.flag("json") };
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

export function simulateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return modelCommand(SIMULATE, argv, io, {
    settings: settingsOf,
    printsWarnings: true,
    run: async (loaded, settings, { input, style, locale }) => {
      const uncertainty = await loadUncertainty(input, loaded, settings.bindings);
      const plan = planSimulation(loaded.model, uncertainty.spec, settings.options);
      const chunk = simulateChunk(plan, 0, plan.settings.iterations);
      const summary = summarize(plan, [chunk]);
      const result = { ...summary, warnings: [...uncertainty.warnings, ...summary.warnings] };
      printWarnings(io, [...loaded.warnings, ...result.warnings], locale);
      if (settings.samples !== undefined) {
        await writeSamples(settings.samples, plan, chunk.values, { force: settings.force });
        const say = settings.json ? io.err.bind(io) : io.out.bind(io);
        const rows = plan.settings.iterations.toLocaleString("en-US");
        say(`Wrote ${settings.samples}: ${rows} rows\n`);
      }
      return {
        write: (port, context) =>
          writeSimulation(port, {
            ...context,
            warnings: [...loaded.warnings, ...uncertainty.warnings],
            simulation: summary,
            spec: uncertainty.spec,
            tables: uncertainty.tables,
          }),
        json: () => simulationJson(result),
        summary: () => simulationSummary(result, style),
      };
    },
  });
}
