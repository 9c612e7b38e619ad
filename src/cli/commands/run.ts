/** `gtm run <in> [--out FILE.xlsx] [--json]`: run the model. */
import { runModel, type ModelResult } from "../../model";
import { writeResults } from "../../workbook";
import { parseArgs, type CommandSpec } from "../args";
import { RUN_HELP } from "../help";
import type { CliIo } from "../io";
import { loadModel } from "../load";
import { runSummary } from "../summary";
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

const OPTIONS = { ...INPUT_OPTIONS, ...OUTPUT_OPTIONS } as const;
const SPEC: CommandSpec<typeof OPTIONS> = {
  name: "run",
  positionals: ["in.xlsx|in.json"],
  options: OPTIONS,
};

/** The examples' `result` shape first, then the period labels. */
export function resultJson(result: ModelResult): object {
  return {
    channels: result.channels,
    segments: result.segments,
    total: result.total,
    periods: result.periods,
    horizon: result.horizon,
    periodUnit: result.periodUnit,
  };
}

export async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(SPEC, argv);
  if (args.help) {
    io.out(RUN_HELP);
    return 0;
  }
  const [input] = args.positionals;
  await checkOut(args, input, SPEC.name);
  const loaded = await loadModel(input, bindingsOf(args));
  printWarnings(io, loaded.warnings);
  const result = runModel(loaded.model);
  const style = figureStyle(args, loaded.model);
  await deliver(args, loaded, io, SPEC.name, {
    write: (port) =>
      writeResults(port, { ...sheetContext(loaded, io, style), result, mode: "values" }),
    json: () => `${JSON.stringify(resultJson(result), null, 2)}\n`,
    summary: () => runSummary(result, style),
  });
  return 0;
}
