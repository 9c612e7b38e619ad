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
import { metricOption, modelProblem } from "../checks";
import { checkBindingForJson } from "../decisionInputs";
import { UsageError } from "../errors";
import { message } from "../i18n/messages";
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
  summary: {
    en: "Monte Carlo: the spread of a metric over the Uncertainty table's drivers",
    zh: "蒙特卡洛模拟：指标随 Uncertainty 表中驱动因素变化的分布",
  },
  positionals: [INPUT_FILE],
  about: {
    en: `Monte Carlo: every uncertain driver of the Uncertainty table is sampled from its distribution
(rank-correlated as the optional Correlations table says), the model runs once per iteration, and
the metric's spread is summarised: mean, standard deviation, percentiles, the share of runs below
the target, and each driver's rank correlation with the metric. A .json input carries the tables
as "uncertainty" and "correlations" (shared/examples).`,
    zh: `蒙特卡洛模拟：Uncertainty 表中的每个不确定驱动因素按其分布抽样（按可选的 Correlations
表进行秩相关），每次迭代运行一次模型，并汇总指标的分布：均值、标准差、百分位数、
低于目标的运行比例，以及各驱动因素与指标的秩相关系数。.json 输入以 "uncertainty" 和
"correlations" 携带这些表（shared/examples）。`,
  },
  options: [
    { name: "metric", type: "string", valueName: "M", required: true, description: METRIC_HELP },
    {
      name: "iterations",
      type: "string",
      valueName: "N",
      default: "5000",
      description: { en: "100 to 1,000,000", zh: "100 到 1,000,000" },
    },
    {
      name: "seed",
      type: "string",
      valueName: "S",
      default: "1",
      description: {
        en: "a whole number: the same seed gives the same numbers",
        zh: "一个整数：相同的种子得到相同的结果",
      },
    },
    {
      name: "sampling",
      type: "string",
      choices: ["latin", "random"],
      default: "latin",
      description: {
        en: "Latin hypercube or plain random sampling",
        zh: "拉丁超立方抽样或简单随机抽样",
      },
    },
    {
      name: "target",
      type: "string",
      valueName: "T",
      default: "0",
      description: {
        en: "the share of runs below this value is reported",
        zh: "报告低于此值的运行比例",
      },
    },
    {
      name: "samples",
      type: "string",
      valueName: "FILE.csv",
      description: {
        en: "write every iteration's sampled values (as drawn, before clamping) and\nthe metric (empty where it has no value); replaced only with --force",
        zh: "写入每次迭代的抽样值（按抽取值，截断之前）及\n指标（没有值处为空）；仅在加上 --force 时替换",
      },
    },
    {
      name: "uncertainty",
      type: "string",
      valueName: "NAME",
      default: "Uncertainty",
      description: {
        en: "table, sheet or range of the Uncertainty table (Driver, Distribution,\nMin, Most likely, Max, Mean, SD, Apply)",
        zh: "Uncertainty 表所在的表、工作表或区域（Driver、Distribution、\nMin、Most likely、Max、Mean、SD、Apply）",
      },
    },
    {
      name: "correlations",
      type: "string",
      valueName: "NAME",
      default: "Correlations",
      description: {
        en: "... of the optional Correlations table (Driver, With, Correlation)",
        zh: "可选的 Correlations 表所在的表、工作表或区域（Driver、With、Correlation）",
      },
    },
    ...MODEL_OPTIONS,
  ],
  notes: {
    en: `  --json prints { "metric", "iterations", "seed", "sampling", "target", "noValue", "mean", "sd",
  "min", "max", "p1" … "p99", "shareBelowTarget", "rankCorrelations": [{ driver, rankCorrelation }],
  "histogram": [{ from, to, count }], "warnings": [...] }. null = no value.`,
    zh: `  --json 输出 { "metric", "iterations", "seed", "sampling", "target", "noValue", "mean", "sd",
  "min", "max", "p1" … "p99", "shareBelowTarget", "rankCorrelations": [{ driver, rankCorrelation }],
  "histogram": [{ from, to, count }], "warnings": [...] }。null 表示没有值。`,
  },
});

type Args = ParsedArgs<OptionName<typeof SIMULATE>>;

function numberOption(args: Args, name: "iterations" | "seed" | "target"): number | undefined {
  const text = args.value(name);
  if (text === undefined) return undefined;
  const value = parseNumber(text.replace(/_/g, ""));
  if (value === null) throw new UsageError("notANumber", [`--${name}`, text], SIMULATE.name);
  const problem =
    name === "iterations" ? iterationsProblem(value) : name === "seed" ? seedProblem(value) : null;
  if (problem !== null)
    throw new UsageError("optionValueProblem", [`--${name}`, modelProblem(problem)], SIMULATE.name);
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
        say(`${message("wroteRows", locale, settings.samples, rows)}\n`);
      }
      return {
        write: (port, context) =>
          writeSimulation(port, {
            ...context,
            warnings: [...context.warnings, ...uncertainty.warnings],
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
