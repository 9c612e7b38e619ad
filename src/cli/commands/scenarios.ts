/** `gtm scenarios <in> [--metrics M1,M2] [--scenarios NAME]`: Base and every scenario side by side (spec §6). */
import { scenarioComparison } from "../../model";
import { parseArgs, type CommandSpec } from "../args";
import { checkBindingForJson, scenariosSource } from "../decisionInputs";
import { scenariosSummary } from "../decisionSummary";
import { UsageError } from "../errors";
import { SCENARIOS_HELP } from "../help";
import type { CliIo } from "../io";
import { loadModel } from "../load";
import {
  INPUT_OPTIONS,
  OUTPUT_OPTIONS,
  bindingsOf,
  checkOut,
  deliver,
  figureStyle,
  printWarnings,
} from "./common";
import { writeDecisionSheet } from "./decisionSheets";

const OPTIONS = {
  ...INPUT_OPTIONS,
  ...OUTPUT_OPTIONS,
  scenarios: "value",
  metrics: "value",
  "chart-metric": "value",
} as const;
const SPEC: CommandSpec<typeof OPTIONS> = {
  name: "scenarios",
  positionals: ["in.xlsx|in.json"],
  options: OPTIONS,
};

/** A comma-separated list of names (metrics), or null when not given. */
export function parseList(
  text: string | undefined,
  option: string,
  command: string
): string[] | null {
  if (text === undefined) return null;
  const names = text.split(",").map((name) => name.trim());
  if (names.some((name) => name === ""))
    throw new UsageError(
      `--${option} "${text}" has an empty name — separate names with single commas`,
      command
    );
  return names;
}

export async function scenariosCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(SPEC, argv);
  if (args.help) {
    io.out(SCENARIOS_HELP);
    return 0;
  }
  const [input] = args.positionals;
  const metrics = parseList(args.value("metrics"), "metrics", SPEC.name);
  checkBindingForJson(input, "scenarios", args.value("scenarios"), SPEC.name);
  await checkOut(args, input, SPEC.name);

  const loaded = await loadModel(input, bindingsOf(args));
  printWarnings(io, loaded.warnings);
  const source = scenariosSource(input, loaded, args.value("scenarios"));
  const comparison = scenarioComparison(loaded.model, { scenarios: source, metrics });
  const style = figureStyle(args, loaded.model);
  await deliver(args, loaded, io, SPEC.name, {
    write: (port) =>
      writeDecisionSheet(port, loaded, io, style, {
        kind: "scenarios",
        comparison,
        chartMetric: args.value("chart-metric") ?? null,
        source,
      }),
    json: () =>
      `${JSON.stringify(
        {
          metrics: comparison.metrics,
          scenarios: comparison.scenarios,
          comparison: comparison.comparison.map(({ metric, base, values, change }) => ({
            metric,
            base,
            values,
            change,
          })),
        },
        null,
        2
      )}\n`,
    summary: () => scenariosSummary(comparison, style),
  });
  return 0;
}
