/** `gtm allocate <in> [--metric M] [--budget B] [--unspent] [--bounds NAME]`: the best split of a budget (spec §8). */
import { allocate } from "../../model";
import { metricOption } from "../checks";
import { boundsSource, checkBindingForJson } from "../decisionInputs";
import { allocationSummary } from "../decisionSummary";
import type { CliIo } from "../io";
import { declare, INPUT_FILE, METRIC_HELP, MODEL_OPTIONS } from "../options";
import { jsonText, modelCommand } from "./common";
import { writeDecisionSheet } from "./decisionSheets";
import { numberOption } from "./lists";

export const ALLOCATE = declare({
  name: "allocate",
  summary: {
    en: "the best split of a budget over the channels (the mixed motion)",
    zh: "预算在各渠道之间的最佳分配（混合模式）",
  },
  positionals: [INPUT_FILE],
  about: {
    en: `The spend per period of each channel that makes the metric best (largest; smallest for CAC and
payback), spending the budget, within each channel's bounds. Bounds come from a table or sheet
named Bounds (columns Channel, Min, Max; blank: 0 and the budget) or the "bounds" of a JSON model.`,
    zh: `求各渠道的每期支出：在各渠道限额之内花完预算，并使指标最佳（最大；CAC 和回收期则取最小）。
限额来自名为 Bounds 的表或工作表（列 Channel、Min、Max；空白表示 0 和预算），
或 JSON 模型中的 "bounds"。`,
  },
  options: [
    { name: "metric", type: "string", valueName: "M", default: "npv", description: METRIC_HELP },
    {
      name: "budget",
      type: "string",
      valueName: "B",
      default: { en: "the baseline's total", zh: "基准的合计" },
      description: { en: "total spend per period", zh: "每期总支出" },
    },
    {
      name: "unspent",
      type: "boolean",
      description: { en: "allow spending less than the budget", zh: "允许支出少于预算" },
    },
    {
      name: "bounds",
      type: "string",
      valueName: "NAME",
      default: "Bounds",
      description: {
        en: "table, sheet or range (Sheet!A1:C9) of the bounds (.xlsx)",
        zh: "限额所在的表、工作表或区域（工作表!A1:C9）（.xlsx）",
      },
    },
    ...MODEL_OPTIONS,
  ],
  notes: {
    en: `  --json prints { "metric", "budget", "spends": { channel: spend }, "value", "baseline" }: the
  metric at the allocation and at the baseline.`,
    zh: `  --json 输出 { "metric", "budget", "spends": { channel: spend }, "value", "baseline" }：
  分配方案下和基准下的指标。`,
  },
});

export function allocateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const command = ALLOCATE.name;
  return modelCommand(ALLOCATE, argv, io, {
    settings: (args, input) => {
      checkBindingForJson(input, "bounds", args.value("bounds"), command);
      return {
        metric: metricOption(args.value("metric") ?? "npv", "metric", command),
        budget: numberOption(args.value("budget"), "budget", command),
        unspent: args.flag("unspent"),
        binding: args.value("bounds"),
      };
    },
    run: (loaded, { binding, ...spec }, { input, style }) => {
      const bounds = boundsSource(input, loaded, binding);
      const answer = allocate(loaded.model, { ...spec, bounds });
      const { metric, budget, spends, value, baseline } = answer;
      return {
        write: (port, context) =>
          writeDecisionSheet(port, context, { kind: "allocation", answer, bounds }),
        json: () => jsonText({ metric, budget, spends, value, baseline }),
        summary: () => allocationSummary(answer, style),
      };
    },
  });
}
