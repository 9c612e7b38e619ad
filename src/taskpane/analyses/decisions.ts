/**
 * The decision analyses in the pane (spec §6–§8): scenarios side by side, break-even, the best
 * split of the budget. Each reads its table through the port, calls the model once and writes its
 * sheet through the shared services: nothing is written from invalid input.
 */
import { allocate, breakEven, scenarioComparison } from "../../model";
import type { TableData } from "../../workbook";
import { sheetText, writeAllocation, writeBreakEven, writeScenarios } from "../../workbook";
import type {
  ActionOutcome,
  BudgetRequest,
  GoalSeekRequest,
  ScenariosRequest,
  TaskControl,
} from "../operations";
import { runContext, yieldToBrowser, type AnalysisContext } from "./context";

const source = (data: TableData) => ({ table: data.values, origin: data.origin });

export function compareScenarios(
  c: AnalysisContext,
  request: ScenariosRequest,
  task: TaskControl
): Promise<ActionOutcome> {
  return c.withModel(async (model, inputs, warnings) => {
    const table = inputs.scenarios;
    task.onProgress(0, 1);
    await yieldToBrowser();
    const comparison = scenarioComparison(model, {
      // No table: the model's own error (the Scenarios table is missing) names what to add.
      scenarios: table === undefined ? { json: null } : source(table),
      metrics: request.metrics.length === 0 ? null : request.metrics,
    });
    if (task.signal.aborted) return { status: "cancelled" };
    const sheet = await writeScenarios(c.port, {
      ...runContext(c, inputs, warnings, request),
      model,
      comparison,
      source: table?.address ?? "",
      chartMetric: request.chartMetric,
    });
    task.onProgress(1, 1);
    return { status: "done", sheets: [sheet.name], warnings };
  });
}

export function goalSeek(
  c: AnalysisContext,
  request: GoalSeekRequest,
  task: TaskControl
): Promise<ActionOutcome> {
  return c.withModel(async (model, inputs, warnings) => {
    task.onProgress(0, 1);
    await yieldToBrowser();
    const answer = breakEven(model, request);
    if (task.signal.aborted) return { status: "cancelled" };
    const sheet = await writeBreakEven(c.port, {
      ...runContext(c, inputs, warnings, request),
      model,
      answer,
    });
    task.onProgress(1, 1);
    return {
      status: "done",
      sheets: [sheet.name],
      warnings,
      detail: { kind: "breakEven", answer },
    };
  });
}

export function allocateBudget(
  c: AnalysisContext,
  request: BudgetRequest,
  task: TaskControl
): Promise<ActionOutcome> {
  return c.withModel(async (model, inputs, warnings) => {
    task.onProgress(0, 1);
    await yieldToBrowser();
    const bounds = inputs.bounds;
    const answer = allocate(model, {
      metric: request.metric,
      budget: request.budget,
      unspent: request.unspent,
      bounds: bounds === undefined ? null : source(bounds),
    });
    if (task.signal.aborted) return { status: "cancelled" };
    const sheet = await writeAllocation(c.port, {
      ...runContext(c, inputs, warnings, request),
      model,
      answer,
      bounds: bounds?.address ?? sheetText(c.locale).allocation.noBounds,
    });
    task.onProgress(1, 1);
    return {
      status: "done",
      sheets: [sheet.name],
      warnings,
      detail: {
        kind: "allocation",
        metric: answer.metric,
        value: answer.value,
        baseline: answer.baseline,
      },
    };
  });
}
