/**
 * The simulation worker (dist/simulation-worker.js): evaluates chunks of a Monte Carlo run off the
 * pane's thread. Iteration i depends only on the seed, the driver and i (model/simulation), so a
 * chunk computed here is the same to the bit as on the pane's thread.
 */
import { planSimulation, simulateChunk, type SimulationPlan } from "../../model/simulation";
import type { ChunkReply, ChunkRequest } from "./messages";

interface WorkerScope {
  onmessage: ((event: { data: ChunkRequest }) => void) | null;
  postMessage(message: ChunkReply, transfer?: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;
let planned: { run: number; plan: SimulationPlan } | null = null;

scope.onmessage = ({ data }) => {
  try {
    if (planned?.run !== data.run) {
      planned = { run: data.run, plan: planSimulation(data.model, data.spec, data.options) };
    }
    const chunk = simulateChunk(planned.plan, data.from, data.to);
    scope.postMessage({ run: data.run, from: data.from, chunk }, [
      chunk.values.buffer as ArrayBuffer,
      chunk.clamped.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    scope.postMessage({ run: data.run, from: data.from, error: String(error) });
  }
};
