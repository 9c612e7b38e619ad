/**
 * Monte Carlo in the pane (spec §9): the Uncertainty (and Correlations) tables read through the
 * port, the run spread over Web Workers (as many as the machine offers, minus one) with progress
 * and Cancel, and the simulation sheet written. Iteration i depends only on the seed, the driver
 * and i, so the numbers are the same to the bit whatever the number of workers — and the same as
 * GTM.SIMULATE and `gtm simulate` give.
 */
import {
  ModelInputError,
  parseUncertaintyTables,
  planSteps,
  simulateAsync,
  summarize,
  type ModelInput,
  type SimulationPlan,
  type SimulationResult,
  type UncertaintySpec,
} from "../../model";
import { writeSimulation } from "../../workbook";
import type { ActionOutcome, SimulationRequest, TaskControl } from "../operations";
import { runChunks, type ChunkWorker } from "../simulation/pool";
import { runContext, yieldToBrowser, type AnalysisContext } from "./context";

/** Iterations per chunk a worker (or the pane's thread) evaluates before it reports. */
export const CHUNK_ITERATIONS = 2_000;

export interface SimulationHost {
  /** A new worker, or null where the host has none (then the pane's thread does the work). */
  createWorker: (() => ChunkWorker) | null;
  workers: number;
}

/** Longest stretch of work on the pane's thread between two yields to the browser, in ms. */
const SLICE_MS = 40;

/** The plan (every sample drawn, correlations applied) in slices of the pane's thread. */
async function planInSlices(
  model: ModelInput,
  spec: UncertaintySpec,
  request: SimulationRequest,
  task: TaskControl
): Promise<SimulationPlan | null> {
  const steps = planSteps(model, spec, request);
  let slice = Date.now();
  let step = steps.next();
  while (step.done !== true) {
    if (task.signal.aborted) return null;
    if (Date.now() - slice > SLICE_MS) {
      await yieldToBrowser();
      slice = Date.now();
    }
    step = steps.next();
  }
  return step.value;
}

/** The run in Web Workers: the plan here, the chunks there, the statistics here again. */
async function inWorkers(
  model: ModelInput,
  spec: UncertaintySpec,
  request: SimulationRequest,
  host: SimulationHost & { createWorker: () => ChunkWorker },
  task: TaskControl
): Promise<SimulationResult | null> {
  const plan = await planInSlices(model, spec, request, task);
  if (plan === null) return null;
  const chunks = await runChunks(plan, {
    createWorker: host.createWorker,
    workers: host.workers,
    chunkSize: CHUNK_ITERATIONS,
    signal: task.signal,
    onProgress: task.onProgress,
  });
  return chunks === null ? null : summarize(plan, chunks);
}

export function simulate(
  c: AnalysisContext,
  host: SimulationHost,
  request: SimulationRequest,
  task: TaskControl
): Promise<ActionOutcome> {
  return c.withModel(async (model, inputs, warnings) => {
    const { uncertainty, correlations } = inputs;
    const parsed = parseUncertaintyTables(
      {
        uncertainty: uncertainty?.values ?? null,
        correlations: correlations?.values ?? null,
        origins: {
          ...(uncertainty && { uncertainty: uncertainty.origin }),
          ...(correlations && { correlations: correlations.origin }),
        },
      },
      model
    );
    if (parsed.spec === null) throw new ModelInputError(parsed.errors);
    task.onProgress(0, request.iterations);
    const { createWorker } = host;
    const simulation =
      createWorker === null
        ? // Without Worker: the model's own slices on the pane's thread, the same numbers.
          await simulateAsync(model, parsed.spec, request, {
            sliceMs: SLICE_MS,
            onProgress: task.onProgress,
            cancelled: () => task.signal.aborted,
          })
        : await inWorkers(model, parsed.spec, request, { ...host, createWorker }, task);
    if (simulation === null || task.signal.aborted) return { status: "cancelled" };
    const sheet = await writeSimulation(c.port, {
      ...runContext(c, inputs, warnings, request),
      model,
      simulation,
      spec: parsed.spec,
      tables: {
        ...(uncertainty && { uncertainty }),
        ...(correlations && { correlations }),
      },
      warnings: [...warnings, ...parsed.warnings],
    });
    return {
      status: "done",
      sheets: [sheet.name],
      warnings: [...warnings, ...parsed.warnings, ...simulation.warnings],
      detail: {
        kind: "simulation",
        metric: simulation.metric,
        iterations: simulation.iterations,
        shareBelow: simulation.shareBelowTarget,
        target: simulation.target,
      },
    };
  });
}
