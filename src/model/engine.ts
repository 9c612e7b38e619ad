/** Run the model once (spec §2–§3). */
import { createWorkspace, evaluate } from "./kernel";
import { paramsFromModel } from "./params";
import { buildResult } from "./result";
import type { ModelInput, ModelResult } from "./types";

/** The full result of a validated model: per channel, per segment, total and per period. */
export function runModel(model: ModelInput): ModelResult {
  const params = paramsFromModel(model);
  const workspace = createWorkspace(
    model.channels.length,
    model.segments.length,
    model.assumptions.horizon
  );
  evaluate(params, workspace, true);
  return buildResult(model, workspace, params.segment.accounts);
}
