/** `gtm breakeven <in> --metric M --driver D --target X [--low L --high H]`: Goal Seek done right (spec §7). */
import { breakEven } from "../../model";
import { parseArgs, requireValue, type CommandSpec } from "../args";
import { breakEvenSummary } from "../decisionSummary";
import { UsageError } from "../errors";
import { BREAKEVEN_HELP } from "../help";
import type { CliIo } from "../io";
import { loadModel } from "../load";
import { parseNumber } from "../valueList";
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
  driver: "value",
  target: "value",
  low: "value",
  high: "value",
} as const;
const SPEC: CommandSpec<typeof OPTIONS> = {
  name: "breakeven",
  positionals: ["in.xlsx|in.json"],
  options: OPTIONS,
};

/** A number option's value: a plain number, or a usage error naming the option. */
export function numberOption(
  text: string | undefined,
  option: string,
  command: string
): number | null {
  if (text === undefined) return null;
  const value = parseNumber(text);
  if (value === null) throw new UsageError(`--${option} "${text}" is not a number`, command);
  return value;
}

export async function breakevenCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(SPEC, argv);
  if (args.help) {
    io.out(BREAKEVEN_HELP);
    return 0;
  }
  const [input] = args.positionals;
  const metric = requireValue(SPEC, args, "metric");
  const driver = requireValue(SPEC, args, "driver");
  const target = numberOption(requireValue(SPEC, args, "target"), "target", SPEC.name) as number;
  const low = numberOption(args.value("low"), "low", SPEC.name);
  const high = numberOption(args.value("high"), "high", SPEC.name);
  await checkOut(args, input, SPEC.name);

  const loaded = await loadModel(input, bindingsOf(args));
  printWarnings(io, loaded.warnings);
  const answer = breakEven(loaded.model, { metric, driver, target, low, high });
  const style = figureStyle(args, loaded.model);
  await deliver(args, loaded, io, SPEC.name, {
    write: (port) => writeDecisionSheet(port, loaded, io, style, { kind: "breakEven", answer }),
    json: () => {
      const {
        metric: m,
        driver: d,
        target: t,
        low: l,
        high: h,
        value,
        min,
        max,
        baseline,
      } = answer;
      return `${JSON.stringify({ metric: m, driver: d, target: t, low: l, high: h, value, min, max, baseline }, null, 2)}\n`;
    },
    summary: () => breakEvenSummary(answer, loaded.model, style),
  });
  return 0;
}
