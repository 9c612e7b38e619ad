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
  planSimulation,
  simulateChunk,
  summarize,
  type ChunkResult,
  type SimulationPlan,
} from "../../model";
import { writeSimulation } from "../../workbook";
import type { ActionOutcome, SimulationRequest, TaskControl } from "../operations";
import { runChunks, type ChunkWorker } from "../simulation/pool";
import { yieldToBrowser, type AnalysisContext } from "./context";

/** Iterations per chunk a worker (or the pane's thread) evaluates before it reports. */
export const CHUNK_ITERATIONS = 2_000;

export interface SimulationHost {
  /** A new worker, or null where the host has none (then the pane's thread does the work). */
  createWorker: (() => ChunkWorker) | null;
  workers: number;
}

/** The chunks on the pane's thread, yielding between them: the fallback without workers. */
async function chunksHere(plan: SimulationPlan, task: TaskControl): Promise<ChunkResult[] | null> {
  const n = plan.settings.iterations;
  const chunks: ChunkResult[] = [];
  for (let from = 0; from < n; from += CHUNK_ITERATIONS) {
    if (task.signal.aborted) return null;
    const to = Math.min(n, from + CHUNK_ITERATIONS);
    chunks.push(simulateChunk(plan, from, to));
    task.onProgress(to, n);
    await yieldToBrowser();
  }
  return chunks;
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
    await yieldToBrowser();
    const plan = planSimulation(model, parsed.spec, request);
    const chunks =
      host.createWorker === null
        ? await chunksHere(plan, task)
        : await runChunks(plan, {
            createWorker: host.createWorker,
            workers: host.workers,
            chunkSize: CHUNK_ITERATIONS,
            signal: task.signal,
            onProgress: task.onProgress,
          });
    if (chunks === null || task.signal.aborted) return { status: "cancelled" };
    const simulation = summarize(plan, chunks);
    const sheet = await writeSimulation(c.port, {
      model,
      simulation,
      spec: parsed.spec,
      tables: {
        ...(uncertainty && { uncertainty }),
        ...(correlations && { correlations }),
      },
      inputs,
      warnings: [...warnings, ...parsed.warnings],
      now: c.now(),
      version: c.version,
    });
    return {
      status: "done",
      sheets: [sheet.name],
      warnings: [...warnings, ...parsed.warnings, ...simulation.warnings],
      detail: {
        kind: "simulation",
        metric: simulation.metric,
        iterations: simulation.iterations,
        shareBelow: simulation.shareBelowTarget ?? 0,
        target: simulation.target,
      },
    };
  });
}
