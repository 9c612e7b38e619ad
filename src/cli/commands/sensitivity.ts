/** `gtm sensitivity <in> --metric M --x DRIVER --x-values LIST [--y DRIVER --y-values LIST] [--mode value|scale]`. */
import { sensitivityGrid, type DriverMode, type GridResult } from "../../model";
import { writeSensitivity } from "../../workbook";
import type { ParsedArgs } from "../args";
import { checkDriverValues, driverOption, metricOption } from "../checks";
import { UsageError } from "../errors";
import { words } from "../i18n/messages";
import type { CliIo } from "../io";
import { declare, INPUT_FILE, METRIC_HELP, MODEL_OPTIONS, type OptionName } from "../options";
import { gridSummary } from "../summary";
import { parseValueList } from "../valueList";
import { checkGridOptions, modelCommand } from "./common";

const VALUE_LIST = {
  en: `numbers separated by commas (0.8,1,1.2), or from:to:count where count
is the number of points, ends included (0.8:1.2:5 → 0.8,0.9,1,1.1,1.2);
a negative first number as --x-values -1,0,1 or --x-values=-1,0,1`,
  zh: `以逗号分隔的数字（0.8,1,1.2），或 from:to:count，其中 count 为点数，
含两端（0.8:1.2:5 → 0.8,0.9,1,1.1,1.2）；
首个数字为负数时写作 --x-values -1,0,1 或 --x-values=-1,0,1`,
};

export const SENSITIVITY = declare({
  name: "sensitivity",
  summary: {
    en: "a metric over one or two drivers (a one- or two-way grid)",
    zh: "指标随一个或两个驱动因素的变化（单变量或双变量表）",
  },
  positionals: [INPUT_FILE],
  about: {
    en: `The metric with driver X set to each value of --x-values (and Y to each of --y-values),
everything else at baseline.`,
    zh: `将驱动因素 X 依次设为 --x-values 中的每个值（Y 设为 --y-values 中的每个值）时的指标，
其余均保持基准。`,
  },
  options: [
    { name: "metric", type: "string", valueName: "M", required: true, description: METRIC_HELP },
    {
      name: "x",
      type: "string",
      valueName: "DRIVER",
      required: true,
      description: {
        en: "e.g. channel[Partners].conversion, channel[*].spend, segment[*].price,\ndiscountRate, horizon, launchPeriods",
        zh: "例如 channel[Partners].conversion、channel[*].spend、segment[*].price、\ndiscountRate、horizon、launchPeriods",
      },
    },
    { name: "x-values", type: "string", valueName: "LIST", description: VALUE_LIST },
    {
      name: "values",
      type: "string",
      valueName: "LIST",
      description: { en: "the same as --x-values", zh: "与 --x-values 相同" },
    },
    {
      name: "y",
      type: "string",
      valueName: "DRIVER",
      description: {
        en: "an optional second driver (with --y-values)",
        zh: "可选的第二个驱动因素（与 --y-values 一起使用）",
      },
    },
    {
      name: "y-values",
      type: "string",
      valueName: "LIST",
      description: {
        en: "the second driver's values, as --x-values;\nat most 40,000 cells (--x-values × --y-values), fewer on a large model",
        zh: "第二个驱动因素的取值，写法同 --x-values；\n最多 40,000 个单元格（--x-values × --y-values），大型模型更少",
      },
    },
    {
      name: "mode",
      type: "string",
      choices: ["value", "scale"],
      default: "value",
      description: {
        en: "value: the field becomes the number (within the field's valid range);\nscale: baseline × the number",
        zh: "value：字段取该数值（须在字段的有效范围内）；\nscale：基准值 × 该数值",
      },
    },
    ...MODEL_OPTIONS,
  ],
  notes: {
    en: `  --json prints { "metric", "mode", "xDriver", "yDriver", "x": [...], "y": [...],
  "values": [[...]] }: values[i][j] is the metric at y_i, x_j; without --y, "y" is [] and
  "values" has one row. null = no value.`,
    zh: `  --json 输出 { "metric", "mode", "xDriver", "yDriver", "x": [...], "y": [...],
  "values": [[...]] }：values[i][j] 为 y_i、x_j 处的指标；不加 --y 时 "y" 为 []，
  "values" 只有一行。null 表示没有值。`,
  },
});

type Args = ParsedArgs<OptionName<typeof SENSITIVITY>>;

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

/** One axis: its driver and values, both checked (values against the field's range in value mode). */
function axisOf(args: Args, axis: "x" | "y", valuesOption: string, mode: DriverMode) {
  const command = SENSITIVITY.name;
  const text = args.value(axis) as string;
  const driver = driverOption(text, axis, command);
  const list = args.value(valuesOption as "x-values") as string;
  const values = parseValueList(list, `--${valuesOption}`, command);
  checkDriverValues(driver, values, mode, valuesOption, command);
  return { driver: text, values };
}

/** Every setting, checked before any file is read. */
function settingsOf(args: Args) {
  const command = SENSITIVITY.name;
  if (args.value("x-values") !== undefined && args.value("values") !== undefined)
    throw new UsageError("sameOption", [], command);
  const xValues = args.value("x-values") !== undefined ? "x-values" : "values";
  if (args.value(xValues) === undefined)
    throw new UsageError("missingOption", ["--x-values"], command);
  const hasY = args.value("y") !== undefined;
  if (hasY !== (args.value("y-values") !== undefined))
    throw new UsageError(hasY ? "yNeedsValues" : "yValuesNeedY", [], command);
  const mode = (args.value("mode") ?? "value") as DriverMode;
  const metric = metricOption(args.value("metric") as string, "metric", command);
  const x = axisOf(args, "x", xValues, mode);
  const y = hasY ? axisOf(args, "y", "y-values", mode) : null;
  checkGridOptions(
    x.values.length * (y === null ? 1 : y.values.length),
    y === null ? `--${xValues}` : words("bothOptions", `--${xValues}`, "--y-values"),
    command
  );
  return { metric, x, y, mode };
}

export function sensitivityCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return modelCommand(SENSITIVITY, argv, io, {
    settings: settingsOf,
    run: (loaded, spec, { style }) => {
      const grid = sensitivityGrid(loaded.model, spec);
      return {
        write: (port, context) => writeSensitivity(port, { ...context, grid, mode: "values" }),
        json: () => `${JSON.stringify(gridJson(grid))}\n`,
        summary: () => gridSummary(grid, loaded.model, style),
      };
    },
  });
}
