/** `gtm run <in> [--out FILE.xlsx] [--json]`: run the model. */
import { runModel, type ModelResult } from "../../model";
import { writeResults } from "../../workbook";
import { parseArgs, type CommandSpec } from "../args";
import { RUN_HELP } from "../help";
import type { CliIo } from "../io";
import { loadModel } from "../load";
import { runSummary } from "../summary";
import { VERSION } from "../version";
import {
  INPUT_OPTIONS,
  OUTPUT_OPTIONS,
  bindingsOf,
  checkOut,
  figureStyle,
  printWarnings,
  writeOut,
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
  const style = figureStyle(args, result.periodUnit);
  await writeOut(args, loaded, io, SPEC.name, (port) =>
    writeResults(port, {
      model: loaded.model,
      result,
      mode: "values",
      now: io.now(),
      version: VERSION,
      inputs: loaded.inputs,
      currency: style.currency,
    })
  );
  if (args.flag("json")) io.out(`${JSON.stringify(resultJson(result), null, 2)}\n`);
  else if (args.value("out") === undefined) io.out(runSummary(result, style));
  return 0;
}
