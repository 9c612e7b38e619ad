/** Warnings of a valid model (spec §5): they do not stop a run but are shown beside its results. */
import { makeIssue } from "./errors";
import { createWorkspace, fillWeights } from "./kernel";
import { paramsFromModel } from "./params";
import { formatNumber } from "./schema";
import type { InputIssue, ModelInput } from "./types";

const percent = (rate: number): string => `${formatNumber(rate * 100)}%`;

export function modelWarnings(model: ModelInput): InputIssue[] {
  const warnings: InputIssue[] = [];
  for (const segment of model.segments) {
    if (segment.bassQ !== null && segment.bassP === null) {
      warnings.push(
        makeIssue(
          "warning",
          { table: "Segments", row: segment.name, field: "bassQ" },
          "Bass q is set without Bass p, so it is ignored (no diffusion timing)"
        )
      );
    }
  }
  const params = paramsFromModel(model);
  const workspace = createWorkspace(model.channels.length, model.segments.length, 1);
  fillWeights(params, workspace);
  const S = model.segments.length;
  model.channels.forEach((channel, k) => {
    const margin = channel.partnerMargin ?? 0;
    if (margin <= 0 || (channel.spend ?? 0) <= 0) return;
    model.segments.forEach((segment, s) => {
      if (workspace.weight[k * S + s] > 0 && margin > segment.grossMargin) {
        warnings.push(
          makeIssue(
            "warning",
            { table: "Channels", row: channel.name, field: "partnerMargin" },
            `the partner margin ${percent(margin)} is above the gross margin ${percent(segment.grossMargin)} of ${segment.name}: each such customer loses money`
          )
        );
      }
    });
  });
  return warnings;
}
