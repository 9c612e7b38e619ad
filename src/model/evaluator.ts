/**
 * Evaluate a model many times under different overrides, reusing one set of buffers: the base
 * parameters are compiled once, each evaluation resets a working copy in place. Memory does not
 * grow with the number of evaluations.
 */
import { applyOverride, checkCrossFields, resolveDriver, type Target } from "./drivers";
import { createWorkspace, evaluate, newRecording, type Workspace } from "./kernel";
import { cloneParams, copyParams, HORIZON, paramsFromModel, type Params } from "./params";
import { buildResult, newSums, totalMetric, totalsAreFinite } from "./result";
import { overflowError } from "./overflow";
import type { Driver, Metric, ModelInput, ModelResult, Override } from "./types";

export class Evaluator {
  private readonly base: Params;
  private readonly work: Params;
  private readonly workspace: Workspace;
  private readonly scratch = newSums();
  private readonly targets = new Map<Driver, Target>();

  constructor(private readonly model: ModelInput) {
    this.base = paramsFromModel(model);
    this.work = cloneParams(this.base);
    this.workspace = createWorkspace(
      model.channels.length,
      model.segments.length,
      model.assumptions.horizon
    );
  }

  private prepare(overrides: readonly Override[]): void {
    copyParams(this.work, this.base);
    for (const override of overrides) {
      let target = this.targets.get(override.driver);
      if (target === undefined) {
        target = resolveDriver(override.driver, this.model);
        this.targets.set(override.driver, target);
      }
      applyOverride(this.work, this.base, target, override.mode, override.value);
    }
    if (overrides.length > 0) checkCrossFields(this.work, this.model);
  }

  /** The `total` value of `metric` with the overrides applied in order (null where undefined). */
  metric(metric: Metric, overrides: readonly Override[] = []): number | null {
    this.prepare(overrides);
    evaluate(this.work, this.workspace, null);
    if (!totalsAreFinite(this.workspace)) throw overflowError(this.model);
    return totalMetric(this.workspace, metric, this.scratch);
  }

  /** The full result with the overrides applied in order. */
  result(overrides: readonly Override[] = []): ModelResult {
    this.prepare(overrides);
    const periods = newRecording(
      this.model.channels.length,
      this.work.assumption[HORIZON] as number
    );
    evaluate(this.work, this.workspace, periods);
    if (!totalsAreFinite(this.workspace)) throw overflowError(this.model);
    return buildResult(this.model, this.workspace, this.work.segment.accounts, periods);
  }
}

/** One metric of the model under overrides: a pure function of input and overrides. */
export function evaluateMetric(
  model: ModelInput,
  metric: Metric,
  overrides: readonly Override[] = []
): number | null {
  return new Evaluator(model).metric(metric, overrides);
}
