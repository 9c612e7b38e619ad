/** `gtm tornado <in> --metric M [--drivers a,b,…] [--swing 0.2]`. */
import { swingProblem, tornado } from "../../model";
import { writeTornado } from "../../workbook";
import { driverOption, metricOption } from "../checks";
import { UsageError } from "../errors";
import type { CliIo } from "../io";
import { declare, INPUT_FILE, METRIC_HELP, MODEL_OPTIONS } from "../options";
import { tornadoSummary } from "../summary";
import { parseNumber } from "../valueList";
import { jsonText, modelCommand } from "./common";
import { parseList } from "./lists";

export const TORNADO = declare({
  name: "tornado",
  summary: "a metric's low/base/high as each driver moves by ± a swing",
  positionals: [INPUT_FILE],
  about: "The metric at baseline × (1 − swing) and × (1 + swing) for each driver, sorted by swing.",
  options: [
    { name: "metric", type: "string", valueName: "M", required: true, description: METRIC_HELP },
    {
      name: "drivers",
      type: "string",
      valueName: "LIST",
      description:
        "drivers separated by commas; default: every channel and segment field the\nmodel uses (spend, cost per lead, conversion, capacity, partner margin,\nfixed cost, accounts, adoption, price, gross margin, churn)",
    },
    {
      name: "swing",
      type: "string",
      valueName: "S",
      default: "0.2",
      description: "a share 0 < S < 1 (0.2), or a percentage (20%)",
    },
    ...MODEL_OPTIONS,
  ],
  notes:
    '  --json prints { "metric", "swing", "rows": [{ driver, low, base, high, swing }] } as in the\n  examples\' "tornado".',
});

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
      TORNADO.name
    );
  const problem = swingProblem(swing);
  if (problem !== null) throw new UsageError(`--swing ${problem}`, TORNADO.name);
  return swing;
}

export function tornadoCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return modelCommand(TORNADO, argv, io, {
    settings: (args) => {
      const drivers = parseList(args.value("drivers"), "drivers", TORNADO.name);
      for (const driver of drivers ?? []) driverOption(driver, "drivers", TORNADO.name);
      return {
        metric: metricOption(args.value("metric") as string, "metric", TORNADO.name),
        drivers,
        swing: parseSwing(args.value("swing")),
      };
    },
    run: (loaded, spec, { style }) => {
      const result = tornado(loaded.model, spec);
      return {
        write: (port, context) => writeTornado(port, { ...context, tornado: result }),
        json: () => jsonText(result),
        summary: () => tornadoSummary(result, loaded.model, style),
      };
    },
  });
}
