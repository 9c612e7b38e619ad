/** `gtm tornado <in> --metric M [--drivers a,b,…] [--swing 0.2]`. */
import { tornado } from "../../model";
import { writeTornado } from "../../workbook";
import { parseArgs, requireValue, type CommandSpec } from "../args";
import { UsageError } from "../errors";
import { TORNADO_HELP } from "../help";
import type { CliIo } from "../io";
import { loadModel } from "../load";
import { tornadoSummary } from "../summary";
import { parseNumber } from "../valueList";
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

const OPTIONS = {
  ...INPUT_OPTIONS,
  ...OUTPUT_OPTIONS,
  metric: "value",
  drivers: "value",
  swing: "value",
} as const;
const SPEC: CommandSpec<typeof OPTIONS> = {
  name: "tornado",
  positionals: ["in.xlsx|in.json"],
  options: OPTIONS,
};

function parseDrivers(text: string | undefined): string[] | null {
  if (text === undefined) return null;
  const drivers = text.split(",").map((driver) => driver.trim());
  if (drivers.some((driver) => driver === ""))
    throw new UsageError(
      `--drivers "${text}" has an empty name — separate drivers with single commas`,
      SPEC.name
    );
  return drivers;
}

/** A share (`0.2`) or a percentage (`20%`), as the error message suggests. */
function parseSwing(text: string | undefined): number | null {
  if (text === undefined) return null;
  const percent = /^\s*(.+?)\s*%\s*$/.exec(text);
  const number = parseNumber(percent === null ? text : percent[1]);
  const swing =
    number === null || percent === null ? number : Number((number / 100).toPrecision(15));
  if (swing === null)
    throw new UsageError(
      `--swing "${text}" is not a number — use a share such as 0.2, or 20%, for ±20%`,
      SPEC.name
    );
  return swing;
}

export async function tornadoCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(SPEC, argv);
  if (args.help) {
    io.out(TORNADO_HELP);
    return 0;
  }
  const [input] = args.positionals;
  const metric = requireValue(SPEC, args, "metric");
  const drivers = parseDrivers(args.value("drivers"));
  const swing = parseSwing(args.value("swing"));
  await checkOut(args, input, SPEC.name);

  const loaded = await loadModel(input, bindingsOf(args));
  printWarnings(io, loaded.warnings);
  const result = tornado(loaded.model, { metric, drivers, swing });
  const style = figureStyle(args, loaded.model);
  await deliver(args, loaded, io, SPEC.name, {
    write: (port) => writeTornado(port, { ...sheetContext(loaded, io, style), tornado: result }),
    json: () => `${JSON.stringify(result, null, 2)}\n`,
    summary: () => tornadoSummary(result, style),
  });
  return 0;
}
