/** `gtm scenarios <in> [--metrics M1,M2] [--scenarios NAME]`: Base and every scenario side by side (spec §6). */
import { scenarioComparison } from "../../model";
import { metricOption } from "../checks";
import { checkBindingForJson, scenariosSource } from "../decisionInputs";
import { scenariosSummary } from "../decisionSummary";
import type { CliIo } from "../io";
import { declare, INPUT_FILE, METRIC_HELP, MODEL_OPTIONS } from "../options";
import { jsonText, modelCommand } from "./common";
import { writeDecisionSheet } from "./decisionSheets";
import { parseList } from "./lists";

export const SCENARIOS = declare({
  name: "scenarios",
  summary: {
    en: "Base and each scenario of a Scenarios table side by side",
    zh: "基准与 Scenarios 表中各情景的并列对比",
  },
  positionals: [INPUT_FILE],
  about: {
    en: `Base and every scenario side by side: each scenario is a full run with its overrides. The
scenarios come from a table or sheet named Scenarios (columns Scenario, Driver, Value, Mode; rows
with the same name form one scenario), or from the "scenarios" of a JSON model.`,
    zh: `基准与每个情景并列对比：每个情景都是带有其覆盖值的一次完整运行。情景来自名为 Scenarios
的表或工作表（列 Scenario、Driver、Value、Mode；同名的行构成一个情景），
或 JSON 模型中的 "scenarios"。`,
  },
  options: [
    {
      name: "metrics",
      type: "string",
      valueName: "LIST",
      description: {
        en: `metrics separated by commas; default the 13 total metrics. Each is\n${METRIC_HELP.en}`,
        zh: `以逗号分隔的指标；默认为全部 13 个合计指标。每一项为\n${METRIC_HELP.zh}`,
      },
    },
    {
      name: "scenarios",
      type: "string",
      valueName: "NAME",
      default: "Scenarios",
      description: {
        en: "table, sheet or range (Sheet!A1:D9) of the scenarios (.xlsx)",
        zh: "情景所在的表、工作表或区域（工作表!A1:D9）（.xlsx）",
      },
    },
    {
      name: "chart-metric",
      type: "string",
      valueName: "M",
      default: "npv",
      description: {
        en: "the metric the --out sheet charts per scenario",
        zh: "--out 工作表按情景绘制图表的指标",
      },
    },
    ...MODEL_OPTIONS,
  ],
  notes: {
    en: `  --json prints { "metrics", "scenarios": [names], "comparison": [{ "metric", "base", "values",
  "change" }] }: values and change (scenario − Base) in scenario order, null where none.`,
    zh: `  --json 输出 { "metrics", "scenarios": [情景名称], "comparison": [{ "metric", "base", "values",
  "change" }] }：数值与变化（情景 − 基准）按情景顺序排列，没有值处为 null。`,
  },
});

export function scenariosCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const command = SCENARIOS.name;
  return modelCommand(SCENARIOS, argv, io, {
    settings: (args, input) => {
      const metrics = parseList(args.value("metrics"), "metrics", command);
      const chartMetric = args.value("chart-metric");
      checkBindingForJson(input, "scenarios", args.value("scenarios"), command);
      return {
        metrics: metrics?.map((metric) => metricOption(metric, "metrics", command)) ?? null,
        chartMetric:
          chartMetric === undefined ? null : metricOption(chartMetric, "chart-metric", command),
        binding: args.value("scenarios"),
      };
    },
    run: (loaded, { metrics, chartMetric, binding }, { input, style }) => {
      const source = scenariosSource(input, loaded, binding);
      const comparison = scenarioComparison(loaded.model, { scenarios: source, metrics });
      return {
        write: (port, context) =>
          writeDecisionSheet(port, context, {
            kind: "scenarios",
            comparison,
            chartMetric,
            source,
          }),
        json: () =>
          jsonText({
            metrics: comparison.metrics,
            scenarios: comparison.scenarios,
            comparison: comparison.comparison.map(({ metric, base, values, change }) => ({
              metric,
              base,
              values,
              change,
            })),
          }),
        summary: () => scenariosSummary(comparison, style),
      };
    },
  });
}
