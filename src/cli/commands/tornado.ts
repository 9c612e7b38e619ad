/** `gtm tornado <in> --metric M [--drivers a,b,…] [--swing 0.2]`. */
import { swingProblem, tornado } from "../../model";
import { writeTornado } from "../../workbook";
import { driverOption, metricOption, modelProblem } from "../checks";
import { UsageError } from "../errors";
import type { CliIo } from "../io";
import { declare, INPUT_FILE, METRIC_HELP, MODEL_OPTIONS } from "../options";
import { tornadoSummary } from "../summary";
import { parseNumber } from "../valueList";
import { jsonText, modelCommand } from "./common";
import { parseList } from "./lists";

export const TORNADO = declare({
  name: "tornado",
  summary: {
    en: "a metric's low/base/high as each driver moves by ± a swing",
    zh: "各驱动因素变动 ± 幅度时指标的低值、基准值和高值",
  },
  positionals: [INPUT_FILE],
  about: {
    en: "The metric at baseline × (1 − swing) and × (1 + swing) for each driver, sorted by swing.",
    zh: "每个驱动因素取基准值 ×（1 − 幅度）和 ×（1 + 幅度）时的指标，按变动幅度排序。",
  },
  options: [
    { name: "metric", type: "string", valueName: "M", required: true, description: METRIC_HELP },
    {
      name: "drivers",
      type: "string",
      valueName: "LIST",
      description: {
        en: "drivers separated by commas; default: every channel and segment field the\nmodel uses (spend, cost per lead, conversion, capacity, partner margin,\nfixed cost, accounts, adoption, price, gross margin, churn)",
        zh: "以逗号分隔的驱动因素；默认为模型用到的所有渠道和客户细分字段\n（支出、单个潜在客户成本、转化率、产能、合作伙伴分成、\n固定成本、客户数、采用率、价格、毛利率、流失率）",
      },
    },
    {
      name: "swing",
      type: "string",
      valueName: "S",
      default: "0.2",
      description: {
        en: "a share 0 < S < 1 (0.2), or a percentage (20%)",
        zh: "比例 0 < S < 1（0.2），或百分比（20%）",
      },
    },
    ...MODEL_OPTIONS,
  ],
  notes: {
    en: '  --json prints { "metric", "swing", "rows": [{ driver, low, base, high, swing }] } as in the\n  examples\' "tornado".',
    zh: '  --json 输出 { "metric", "swing", "rows": [{ driver, low, base, high, swing }] }，\n  与示例中的 "tornado" 相同。',
  },
});

/** A share (`0.2`) or a percentage (`20%`), as the error message suggests. */
function parseSwing(text: string | undefined): number | null {
  if (text === undefined) return null;
  const percent = /^\s*(.+?)\s*%\s*$/.exec(text);
  const number = parseNumber(percent === null ? text : percent[1]);
  const swing =
    number === null || percent === null ? number : Number((number / 100).toPrecision(15));
  if (swing === null) throw new UsageError("badSwing", [text], TORNADO.name);
  const problem = swingProblem(swing);
  if (problem !== null)
    throw new UsageError("optionValueProblem", ["--swing", modelProblem(problem)], TORNADO.name);
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
