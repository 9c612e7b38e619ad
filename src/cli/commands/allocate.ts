/** `gtm allocate <in> [--metric M] [--budget B] [--unspent] [--bounds NAME]`: the best split of a budget (spec §8). */
import { allocate } from "../../model";
import { parseArgs, type CommandSpec } from "../args";
import { boundsSource, checkBindingForJson } from "../decisionInputs";
import { allocationSummary } from "../decisionSummary";
import { ALLOCATE_HELP } from "../help";
import type { CliIo } from "../io";
import { loadModel } from "../load";
import { numberOption } from "./breakeven";
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
  metric: "value",
  budget: "value",
  unspent: "flag",
  bounds: "value",
} as const;
const SPEC: CommandSpec<typeof OPTIONS> = {
  name: "allocate",
  positionals: ["in.xlsx|in.json"],
  options: OPTIONS,
};

export async function allocateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(SPEC, argv);
  if (args.help) {
    io.out(ALLOCATE_HELP);
    return 0;
  }
  const [input] = args.positionals;
  const budget = numberOption(args.value("budget"), "budget", SPEC.name);
  checkBindingForJson(input, "bounds", args.value("bounds"), SPEC.name);
  await checkOut(args, input, SPEC.name);

  const loaded = await loadModel(input, bindingsOf(args));
  printWarnings(io, loaded.warnings);
  const bounds = boundsSource(input, loaded, args.value("bounds"));
  const metric = args.value("metric") ?? "npv";
  const answer = allocate(loaded.model, { metric, budget, bounds, unspent: args.flag("unspent") });
  const style = figureStyle(args, loaded.model);
  await deliver(args, loaded, io, SPEC.name, {
    write: (port) =>
      writeDecisionSheet(port, loaded, io, style, { kind: "allocation", answer, bounds }),
    json: () =>
      `${JSON.stringify(
        {
          metric: answer.metric,
          budget: answer.budget,
          spends: answer.spends,
          value: answer.value,
          baseline: answer.baseline,
        },
        null,
        2
      )}\n`,
    summary: () => allocationSummary(answer, style),
  });
  return 0;
}
