/** `gtm run <in> [--out FILE.xlsx] [--json]`: run the model. */
import { runModel, type ModelResult } from "../../model";
import { writeResults } from "../../workbook";
import type { CliIo } from "../io";
import { declare, INPUT_FILE, MODEL_OPTIONS } from "../options";
import { runSummary } from "../summary";
import { jsonText, modelCommand } from "./common";

export const RUN = declare({
  name: "run",
  summary: "run the model: a summary table, JSON, or a results sheet",
  positionals: [INPUT_FILE],
  about:
    "Runs the model. Without --json or --out, prints a summary: per channel and in total, then per segment.",
  options: MODEL_OPTIONS,
  notes:
    '  --json prints { channels, segments, total, periods, horizon, periodUnit } (the examples\' "result").',
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
