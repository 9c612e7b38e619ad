/** `gtm breakeven <in> --metric M --driver D --target X [--low L --high H]`: Goal Seek done right (spec §7). */
import { breakEven, formatNumber } from "../../model";
import { checkDriverValues, driverOption, metricOption } from "../checks";
import { UsageError } from "../errors";
import { breakEvenSummary } from "../decisionSummary";
import type { CliIo } from "../io";
import { declare, INPUT_FILE, METRIC_HELP, MODEL_OPTIONS } from "../options";
import { jsonText, modelCommand } from "./common";
import { writeDecisionSheet } from "./decisionSheets";
import { numberOption } from "./lists";

export const BREAKEVEN = declare({
  name: "breakeven",
  summary: {
    en: "the driver's value at which a metric reaches a target (goal seek)",
    zh: "使指标达到目标的驱动因素取值（单变量求解）",
  },
  positionals: [INPUT_FILE],
  about: {
    en: `The driver's value (value mode) at which the metric equals the target, searched over [L, H]: the
first of 100 steps that brackets the target, refined to 12 significant digits. Without a
break-even, the metric's smallest and largest value over the interval.`,
    zh: `在 [L, H] 区间内搜索使指标等于目标的驱动因素取值（按数值方式）：取 100 个步长中首个
包含目标的步长，精确到 12 位有效数字。若无盈亏平衡点，则给出区间内指标的最小值和最大值。`,
  },
  options: [
    { name: "metric", type: "string", valueName: "M", required: true, description: METRIC_HELP },
    {
      name: "driver",
      type: "string",
      valueName: "D",
      required: true,
      description: {
        en: "a driver that is not a whole number: channel[Partners].conversion,\nsegment[*].price, discountRate…",
        zh: "一个非整数的驱动因素：channel[Partners].conversion、\nsegment[*].price、discountRate……",
      },
    },
    {
      name: "target",
      type: "string",
      valueName: "X",
      required: true,
      description: { en: "the metric's target value", zh: "指标的目标值" },
    },
    {
      name: "low",
      type: "string",
      valueName: "L",
      description: {
        en: "the interval's low end; default 0 (1% of the smallest baseline for cost per\nlead, ref price and Bass p)",
        zh: "区间下限；默认为 0（单个潜在客户成本、参考价格和 Bass 创新系数 p\n为最小基准值的 1%）",
      },
    },
    {
      name: "high",
      type: "string",
      valueName: "H",
      description: {
        en: "the interval's high end; default 1 for rates, else 10 × the largest baseline",
        zh: "区间上限；比率默认为 1，其他为最大基准值的 10 倍",
      },
    },
    ...MODEL_OPTIONS,
  ],
  notes: {
    en: `  --json prints { "metric", "driver", "target", "low", "high", "value", "min", "max",
  "baseline" }: value null when there is no break-even.`,
    zh: `  --json 输出 { "metric", "driver", "target", "low", "high", "value", "min", "max",
  "baseline" }：没有盈亏平衡点时 "value" 为 null。`,
  },
});

export function breakevenCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const command = BREAKEVEN.name;
  return modelCommand(BREAKEVEN, argv, io, {
    settings: (args) => {
      const metric = metricOption(args.value("metric") as string, "metric", command);
      const driver = args.value("driver") as string;
      const parsed = driverOption(driver, "driver", command);
      const target = numberOption(args.value("target"), "target", command) as number;
      const low = numberOption(args.value("low"), "low", command);
      const high = numberOption(args.value("high"), "high", command);
      // The search sets the driver to values of the interval: each end must be one it takes.
      if (low !== null) checkDriverValues(parsed, [low], "value", "low", command, false);
      if (high !== null) checkDriverValues(parsed, [high], "value", "high", command, false);
      if (low !== null && high !== null && !(low < high))
        throw new UsageError("lowNotBelowHigh", [formatNumber(low), formatNumber(high)], command);
      return { metric, driver, target, low, high };
    },
    run: (loaded, spec, { style }) => {
      const answer = breakEven(loaded.model, spec);
      const { metric, driver, target, low, high, value, min, max, baseline } = answer;
      return {
        write: (port, context) => writeDecisionSheet(port, context, { kind: "breakEven", answer }),
        json: () => jsonText({ metric, driver, target, low, high, value, min, max, baseline }),
        summary: () => breakEvenSummary(answer, loaded.model, style),
      };
    },
  });
}
