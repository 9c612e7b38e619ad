/**
 * The task pane's Monte Carlo spread over workers (src/taskpane/simulation/pool.ts), as Node
 * worker_threads running the same chunkServer as the pane's Web Worker: 1 worker against 2 on the
 * benchmark model (8 × 6 × 60, 3 uncertain drivers), worker start-up included. The pane uses as
 * many workers as the machine offers minus one: on the 2-core development machine that is one.
 */
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { loadTables, parseUncertaintyTables, planSimulation, summarize } from "../src/model";
import { runChunks, type ChunkWorker } from "../src/taskpane/simulation/pool";
import type { ChunkReply, ChunkRequest } from "../src/taskpane/simulation/messages";
import { benchTables, benchUncertainty } from "./benchModel";
import type { Report } from "./measure";

class NodeChunkWorker implements ChunkWorker {
  onmessage: ((event: { data: ChunkReply }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  private readonly worker = new Worker(path.join(__dirname, "simulationWorker.ts"), {
    execArgv: ["--require", "tsx/cjs"],
  });
  constructor() {
    this.worker.on("message", (data: ChunkReply) => this.onmessage?.({ data }));
    this.worker.on("error", (error: Error) => this.onerror?.({ message: error.message }));
  }
  postMessage(message: ChunkRequest): void {
    this.worker.postMessage(message);
  }
  terminate(): void {
    void this.worker.terminate();
  }
}

const ITERATIONS = 40_000;

async function timed(workers: number, plan: ReturnType<typeof planSimulation>) {
  const t0 = performance.now();
  const chunks = await runChunks(plan, {
    createWorker: () => new NodeChunkWorker(),
    workers,
    chunkSize: 2_000,
    signal: new AbortController().signal,
    onProgress: () => undefined,
  });
  const ms = performance.now() - t0;
  if (chunks === null) throw new Error("the run was cancelled");
  return { ms, result: summarize(plan, chunks) };
}

export async function benchWorkers(report: Report): Promise<void> {
  const { model } = loadTables(benchTables());
  const spec = parseUncertaintyTables(benchUncertainty(), model).spec;
  if (spec === null) throw new Error("the bench Uncertainty table is invalid");
  const plan = planSimulation(model, spec, { metric: "npv", iterations: ITERATIONS, seed: 1 });
  const one = await timed(1, plan);
  const two = await timed(2, plan);
  if (JSON.stringify(one.result) !== JSON.stringify(two.result))
    throw new Error("1 and 2 workers gave different numbers");
  report("pane simulation: 40,000 iterations on 1 worker (start-up included)", one.ms, "ms", 4000);
  report("pane simulation: the same on 2 workers", two.ms, "ms", 4000);
  console.log(
    `     (speed-up of 2 workers over 1: ${(one.ms / two.ms).toFixed(2)}×, the same numbers to the bit)`
  );
}
