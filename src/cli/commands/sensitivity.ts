/** `gtm sensitivity <in> --metric M --x DRIVER --values LIST [--y DRIVER --y-values LIST] [--mode value|scale]`. */
import { sensitivityGrid, type DriverMode, type GridResult } from "../../model";
import { writeSensitivity } from "../../workbook";
import { parseArgs, requireValue, type CommandSpec } from "../args";
import { UsageError } from "../errors";
import { SENSITIVITY_HELP } from "../help";
import type { CliIo } from "../io";
import { loadModel } from "../load";
import { gridSummary } from "../summary";
import { parseValueList } from "../valueList";
import {
  INPUT_OPTIONS,
  OUTPUT_OPTIONS,
  bindingsOf,
  checkGridOptions,
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
  x: "value",
  values: "value",
  y: "value",
  "y-values": "value",
  mode: "value",
} as const;
const SPEC: CommandSpec<typeof OPTIONS> = {
  name: "sensitivity",
  positionals: ["in.xlsx|in.json"],
  options: OPTIONS,
};

/** `{ metric, mode, x, y, values }`: `y` is [] and `values` one row when there is no Y driver. */
export function gridJson(grid: GridResult): object {
  return {
    metric: grid.metric,
    mode: grid.mode,
    xDriver: grid.x.driver,
    yDriver: grid.y === null ? null : grid.y.driver,
    x: grid.x.values,
    y: grid.y === null ? [] : grid.y.values,
    values: grid.values,
  };
}

function parseMode(text: string | undefined): DriverMode {
  if (text === undefined || text === "value" || text === "scale") return text ?? "value";
  throw new UsageError(`--mode "${text}" is not a mode — use value or scale`, SPEC.name);
}

export async function sensitivityCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(SPEC, argv);
  if (args.help) {
    io.out(SENSITIVITY_HELP);
    return 0;
  }
  const [input] = args.positionals;
  const metric = requireValue(SPEC, args, "metric");
  const x = {
    driver: requireValue(SPEC, args, "x"),
    values: parseValueList(requireValue(SPEC, args, "values"), "--values", SPEC.name),
  };
  const yDriver = args.value("y");
  const yText = args.value("y-values");
  if ((yDriver === undefined) !== (yText === undefined)) {
    throw new UsageError(
      yDriver === undefined ? "--y-values needs --y (the second driver)" : "--y needs --y-values",
      SPEC.name
    );
  }
  const y =
    yDriver !== undefined && yText !== undefined
      ? { driver: yDriver, values: parseValueList(yText, "--y-values", SPEC.name) }
      : null;
  const mode = parseMode(args.value("mode"));
  checkGridOptions(
    x.values.length * (y === null ? 1 : y.values.length),
    y === null ? "--values" : "--values and --y-values",
    SPEC.name
  );
  await checkOut(args, input, SPEC.name);

  const loaded = await loadModel(input, bindingsOf(args));
  printWarnings(io, loaded.warnings);
  const grid = sensitivityGrid(loaded.model, { metric, x, y, mode });
  const style = figureStyle(args, loaded.model);
  await deliver(args, loaded, io, SPEC.name, {
    write: (port) =>
      writeSensitivity(port, { ...sheetContext(loaded, io, style), grid, mode: "values" }),
    json: () => `${JSON.stringify(gridJson(grid))}\n`,
    summary: () => gridSummary(grid, style),
  });
  return 0;
}
