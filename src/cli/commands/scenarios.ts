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
  summary: "Base and each scenario of a Scenarios table side by side",
  positionals: [INPUT_FILE],
  about: `Base and every scenario side by side: each scenario is a full run with its overrides. The
scenarios come from a table or sheet named Scenarios (columns Scenario, Driver, Value, Mode; rows
with the same name form one scenario), or from the "scenarios" of a JSON model.`,
  options: [
    {
      name: "metrics",
      type: "string",
      valueName: "LIST",
      description: `metrics separated by commas; default the 13 total metrics. Each is\n${METRIC_HELP}`,
    },
    {
      name: "scenarios",
      type: "string",
      valueName: "NAME",
      default: "Scenarios",
      description: "table, sheet or range (Sheet!A1:D9) of the scenarios (.xlsx)",
    },
    {
      name: "chart-metric",
      type: "string",
      valueName: "M",
      default: "npv",
      description: "the metric the --out sheet charts per scenario",
    },
    ...MODEL_OPTIONS,
  ],
  notes: `  --json prints { "metrics", "scenarios": [names], "comparison": [{ "metric", "base", "values",
  "change" }] }: values and change (scenario − Base) in scenario order, null where none.`,
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
          writeDecisionSheet(port, loaded, context, {
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
