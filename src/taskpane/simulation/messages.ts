/** The messages between the task pane and its simulation workers (plain, structured-cloneable data). */
import type { ModelInput } from "../../model";
import type { ChunkResult, SimulationOptions, UncertaintySpec } from "../../model/simulation";

/** Evaluate iterations from..to−1 of a run. The worker plans a run once and keeps the plan. */
export interface ChunkRequest {
  run: number;
  model: ModelInput;
  spec: UncertaintySpec;
  options: SimulationOptions;
  from: number;
  to: number;
}

export type ChunkReply =
  { run: number; from: number; chunk: ChunkResult } | { run: number; from: number; error: string };
