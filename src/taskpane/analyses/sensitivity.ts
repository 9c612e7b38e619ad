/**
 * Sensitivity and tornado in the pane (spec §4): the model computes the whole grid on one
 * Evaluator (`sensitivityGridAsync`), giving the pane back control between rows so it stays
 * responsive and Cancel works; then the shared sheet services write it.
 */
import { runModel, sensitivityGridAsync, tornado } from "../../model";
import { writeResults, writeSensitivity, writeTornado } from "../../workbook";
import type {
  ActionOutcome,
  RunRequest,
  SensitivityRequest,
  TaskControl,
  TornadoRequest,
} from "../operations";
import { runContext, yieldToBrowser, type AnalysisContext } from "./context";

export function makeRun(
  c: AnalysisContext,
  request: RunRequest,
  task: TaskControl
): Promise<ActionOutcome> {
  return c.withModel(async (model, inputs, warnings) => {
    task.onProgress(0, 1);
    const result = runModel(model);
    if (task.signal.aborted) return { status: "cancelled" };
    const sheet = await writeResults(c.port, {
      ...runContext(c, inputs, warnings, request),
      model,
      result,
      mode: request.output,
      chartMetric: request.chartMetric,
    });
    task.onProgress(1, 1);
    return { status: "done", sheets: [sheet.name], warnings };
  });
}

export function makeSensitivity(
  c: AnalysisContext,
  request: SensitivityRequest,
  task: TaskControl,
  sliceMs: number
): Promise<ActionOutcome> {
  return c.withModel(async (model, inputs, warnings) => {
    const { metric, mode, x, y } = request;
    const grid = await sensitivityGridAsync(
      model,
      { metric, mode, x, y },
      {
        sliceMs,
        pause: yieldToBrowser,
        cancelled: () => task.signal.aborted,
        onProgress: (done, total) => task.onProgress(done, total),
      }
    );
    if (grid === null || task.signal.aborted) return { status: "cancelled" };
    const sheet = await writeSensitivity(c.port, {
      ...runContext(c, inputs, warnings, request),
      model,
      grid,
      mode: request.output,
    });
    return {
      status: "done",
      sheets: [sheet.name],
      cells: grid.values.length * grid.x.values.length,
      warnings,
    };
  });
}

export function makeTornado(
  c: AnalysisContext,
  request: TornadoRequest,
  task: TaskControl
): Promise<ActionOutcome> {
  return c.withModel(async (model, inputs, warnings) => {
    task.onProgress(0, 1);
    await yieldToBrowser();
    const result = tornado(model, {
      metric: request.metric,
      swing: request.swing,
      drivers: request.drivers,
    });
    if (task.signal.aborted) return { status: "cancelled" };
    task.onProgress(1, 1);
    const sheet = await writeTornado(c.port, {
      ...runContext(c, inputs, warnings, request),
      model,
      tornado: result,
    });
    return { status: "done", sheets: [sheet.name], warnings };
  });
}
