/** `gtm allocate <in> [--metric M] [--budget B] [--unspent] [--bounds NAME]`: the best split of a budget (spec §8). */
import { allocate } from "../../model";
import { metricOption } from "../checks";
import { boundsSource, checkBindingForJson } from "../decisionInputs";
import { allocationSummary } from "../decisionSummary";
import type { CliIo } from "../io";
import { declare, INPUT_FILE, METRIC_HELP, MODEL_OPTIONS } from "../options";
import { jsonText, modelCommand } from "./common";
import { writeDecisionSheet } from "./decisionSheets";
import { numberOption } from "./lists";

export const ALLOCATE = declare({
  name: "allocate",
  summary: "the best split of a budget over the channels (the mixed motion)",
  positionals: [INPUT_FILE],
  about: `The spend per period of each channel that makes the metric best (largest; smallest for CAC and
payback), spending the budget, within each channel's bounds. Bounds come from a table or sheet
named Bounds (columns Channel, Min, Max; blank: 0 and the budget) or the "bounds" of a JSON model.`,
  options: [
    { name: "metric", type: "string", valueName: "M", default: "npv", description: METRIC_HELP },
    {
      name: "budget",
      type: "string",
      valueName: "B",
      default: "the baseline's total",
      description: "total spend per period",
    },
    { name: "unspent", type: "boolean", description: "allow spending less than the budget" },
    {
      name: "bounds",
      type: "string",
      valueName: "NAME",
      default: "Bounds",
      description: "table, sheet or range (Sheet!A1:C9) of the bounds (.xlsx)",
    },
    ...MODEL_OPTIONS,
  ],
  notes: `  --json prints { "metric", "budget", "spends": { channel: spend }, "value", "baseline" }: the
  metric at the allocation and at the baseline.`,
});

export function allocateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const command = ALLOCATE.name;
  return modelCommand(ALLOCATE, argv, io, {
    settings: (args, input) => {
      checkBindingForJson(input, "bounds", args.value("bounds"), command);
      return {
        metric: metricOption(args.value("metric") ?? "npv", "metric", command),
        budget: numberOption(args.value("budget"), "budget", command),
        unspent: args.flag("unspent"),
        binding: args.value("bounds"),
      };
    },
    run: (loaded, { binding, ...spec }, { input, style }) => {
      const bounds = boundsSource(input, loaded, binding);
      const answer = allocate(loaded.model, { ...spec, bounds });
      const { metric, budget, spends, value, baseline } = answer;
      return {
        write: (port, context) =>
          writeDecisionSheet(port, loaded, context, { kind: "allocation", answer, bounds }),
        json: () => jsonText({ metric, budget, spends, value, baseline }),
        summary: () => allocationSummary(answer, style),
      };
    },
  });
}
