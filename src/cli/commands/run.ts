/** `gtm run <in> [--out FILE.xlsx] [--json]`: run the model. */
import { runModel, type ModelResult } from "../../model";
import { writeResults } from "../../workbook";
import type { CliIo } from "../io";
import { declare, INPUT_FILE, MODEL_OPTIONS } from "../options";
import { runSummary } from "../summary";
import { jsonText, modelCommand } from "./common";

export const RUN = declare({
  name: "run",
  summary: {
    en: "run the model: a summary table, JSON, or a results sheet",
    zh: "运行模型：输出汇总表、JSON 或结果工作表",
  },
  positionals: [INPUT_FILE],
  about: {
    en: "Runs the model. Without --json or --out, prints a summary: per channel and in total, then per segment.",
    zh: "运行模型。不加 --json 或 --out 时输出汇总：先按渠道及合计，再按客户细分。",
  },
  options: MODEL_OPTIONS,
  notes: {
    en: '  --json prints { channels, segments, total, periods, horizon, periodUnit } (the examples\' "result").',
    zh: '  --json 输出 { channels, segments, total, periods, horizon, periodUnit }（即示例中的 "result"）。',
  },
});

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

export function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return modelCommand(RUN, argv, io, {
    settings: () => null,
    run: (loaded, _settings, { style }) => {
      const result = runModel(loaded.model);
      return {
        write: (port, context) => writeResults(port, { ...context, result, mode: "values" }),
        json: () => jsonText(resultJson(result)),
        summary: () => runSummary(result, style),
      };
    },
  });
}
