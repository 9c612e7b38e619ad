/**
 * What a simulation worker does with one request: plan the run once (kept for its next chunks),
 * evaluate the chunk, and answer with the buffers to transfer. Shared by the browser worker and
 * the benchmark's Node worker, so both run exactly this.
 */
import { planSimulation, simulateChunk, type SimulationPlan } from "../../model/simulation";
import type { ChunkReply, ChunkRequest } from "./messages";

export interface ChunkServer {
  answer(request: ChunkRequest): { reply: ChunkReply; transfer: ArrayBuffer[] };
}

export function chunkServer(): ChunkServer {
  let planned: { run: number; plan: SimulationPlan } | null = null;
  return {
    answer(data) {
      try {
        if (planned?.run !== data.run) {
          planned = { run: data.run, plan: planSimulation(data.model, data.spec, data.options) };
        }
        const chunk = simulateChunk(planned.plan, data.from, data.to);
        return {
          reply: { run: data.run, from: data.from, chunk },
          transfer: [chunk.values.buffer as ArrayBuffer, chunk.clamped.buffer as ArrayBuffer],
        };
      } catch (error) {
        return { reply: { run: data.run, from: data.from, error: String(error) }, transfer: [] };
      }
    },
  };
}
