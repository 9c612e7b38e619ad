/**
 * Evaluate a model many times under different overrides, reusing one set of buffers: the base
 * parameters are compiled once, each evaluation resets a working copy in place. Memory does not
 * grow with the number of evaluations.
 */
import { applyOverride, checkCrossFields, resolveDriver, type Target } from "./drivers";
import { ModelInputError } from "./errors";
import { createWorkspace, evaluate, newRecording, type Workspace } from "./kernel";
import { resolveMetric, type MetricRef } from "./metrics";
import { cloneParams, copyParams, HORIZON, paramsFromModel, type Params } from "./params";
import { buildResult, newSums, rowMetric, totalMetric, totalsAreFinite } from "./result";
import { overflowError } from "./overflow";
import type { Driver, ModelInput, ModelResult, Override } from "./types";

/** Where a list of overrides first breaks the model: the override's index (−1: the whole list). */
export interface OverrideProblem {
  index: number;
  error: ModelInputError;
}

/** Segment revenue and gross profit are summed from the active customers of every period. */
const needsActiveSum = (ref: MetricRef): boolean =>
  ref.scope === "segment" && (ref.field === "revenue" || ref.field === "grossProfit");

export class Evaluator {
  private readonly base: Params;
  private readonly work: Params;
  private readonly workspace: Workspace;
  private readonly scratch = newSums();
  private readonly targets = new Map<Driver, Target>();
  private readonly refs = new Map<string, MetricRef>();

  constructor(readonly model: ModelInput) {
    this.base = paramsFromModel(model);
    this.work = cloneParams(this.base);
    this.workspace = createWorkspace(
      model.channels.length,
      model.segments.length,
      model.assumptions.horizon
    );
  }

  private target(driver: Driver): Target {
    let target = this.targets.get(driver);
    if (target === undefined) {
      target = resolveDriver(driver, this.model);
      this.targets.set(driver, target);
    }
    return target;
  }

  private prepare(overrides: readonly Override[]): void {
    copyParams(this.work, this.base);
    for (const override of overrides)
      applyOverride(
        this.work,
        this.base,
        this.target(override.driver),
        override.mode,
        override.value
      );
    if (overrides.length > 0) checkCrossFields(this.work, this.model);
  }

  /** Apply the overrides without running: the first one that makes an input invalid, or null. */
  check(overrides: readonly Override[]): OverrideProblem | null {
    copyParams(this.work, this.base);
    for (let index = 0; index < overrides.length; index++) {
      const override = overrides[index] as Override;
      try {
        applyOverride(
          this.work,
          this.base,
          this.target(override.driver),
          override.mode,
          override.value
        );
      } catch (error) {
        if (error instanceof ModelInputError) return { index, error };
        throw error;
      }
    }
    try {
      checkCrossFields(this.work, this.model);
    } catch (error) {
      if (error instanceof ModelInputError) return { index: -1, error };
      throw error;
    }
    return null;
  }

  /**
   * The value an override gives its driver's one row (an assumption, or a driver naming one
   * channel or segment), as the model applies it; null when it covers several rows or the row is
   * blank. Throws ModelInputError when the value breaks the field's rule.
   */
  applied(override: Override): number | null {
    const target = this.target(override.driver);
    const row = target.rows[0];
    if (target.rows.length !== 1 || row === undefined) return null;
    copyParams(this.work, this.base);
    applyOverride(this.work, this.base, target, override.mode, override.value);
    const value = target.pick(this.work)[row] as number;
    return Number.isNaN(value) ? null : value;
  }

  /** A metric's name resolved against this model (cached); throws ModelInputError when unknown. */
  resolve(metric: string | MetricRef): MetricRef {
    if (typeof metric !== "string") return metric;
    let ref = this.refs.get(metric);
    if (ref === undefined) {
      ref = resolveMetric(metric, this.model);
      this.refs.set(metric, ref);
    }
    return ref;
  }

  /**
   * A metric (a total one such as `npv`, or `channel[Partners].cac`) with the overrides applied in
   * order; null where the spec leaves it undefined.
   */
  metric(metric: string | MetricRef, overrides: readonly Override[] = []): number | null {
    const ref = this.resolve(metric);
    this.prepare(overrides);
    evaluate(this.work, this.workspace, null, needsActiveSum(ref));
    if (!totalsAreFinite(this.workspace)) throw overflowError(this.model);
    return this.read(ref);
  }

  /** Several metrics from one evaluation with the overrides applied in order. */
  metrics(
    metrics: readonly (string | MetricRef)[],
    overrides: readonly Override[] = []
  ): (number | null)[] {
    const refs = metrics.map((metric) => this.resolve(metric));
    this.prepare(overrides);
    const sumActive = refs.some(needsActiveSum);
    evaluate(this.work, this.workspace, null, sumActive);
    if (!totalsAreFinite(this.workspace)) throw overflowError(this.model);
    return refs.map((ref) => this.read(ref));
  }

  private read(ref: MetricRef): number | null {
    if (ref.scope === "total") return totalMetric(this.workspace, ref.field, this.scratch);
    return rowMetric(this.workspace, ref, this.work.segment.accounts, this.scratch);
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
  metric: string | MetricRef,
  overrides: readonly Override[] = []
): number | null {
  return new Evaluator(model).metric(metric, overrides);
}
