/** Run the model once (spec §2–§3). */
import { createWorkspace, evaluate, newRecording } from "./kernel";
import { overflowError } from "./overflow";
import { paramsFromModel } from "./params";
import { buildResult, totalsAreFinite } from "./result";
import type { ModelInput, ModelResult } from "./types";

/**
 * The full result of a validated model: per channel, per segment, total and per period.
 * Throws ModelInputError when valid inputs give figures too large for a number.
 */
export function runModel(model: ModelInput): ModelResult {
  const params = paramsFromModel(model);
  const workspace = createWorkspace(
    model.channels.length,
    model.segments.length,
    model.assumptions.horizon
  );
  const periods = newRecording(model.channels.length, model.assumptions.horizon);
  evaluate(params, workspace, periods);
  if (!totalsAreFinite(workspace)) throw overflowError(model);
  return buildResult(model, workspace, params.segment.accounts, periods);
}
