/**
 * A Monte Carlo run spread over Web Workers: the iterations are cut into chunks, each worker takes
 * the next chunk when it is free, and the chunks are put back in iteration order by `summarize`.
 * Which worker ran a chunk changes nothing in the numbers. Cancel terminates the workers at once.
 */
import type { ChunkResult, SimulationPlan } from "../../model/simulation";
import { message as words, messageError } from "../../workbook/messages";
import type { MessageParam } from "../../workbook/messages";
import type { ChunkReply, ChunkRequest } from "./messages";

/** What the pool needs of a worker (a DOM `Worker`, or a stand-in in tests). */
export interface ChunkWorker {
  postMessage(message: ChunkRequest): void;
  onmessage: ((event: { data: ChunkReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

export interface PoolOptions {
  createWorker: () => ChunkWorker;
  workers: number;
  /** Iterations per chunk. */
  chunkSize: number;
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
}

let runs = 0;

/** The chunks of `plan` (one per `chunkSize` iterations), or null when cancelled. */
export function runChunks(
  plan: SimulationPlan,
  options: PoolOptions
): Promise<ChunkResult[] | null> {
  const n = plan.settings.iterations;
  const size = Math.max(1, Math.floor(options.chunkSize));
  const starts: number[] = [];
  for (let from = 0; from < n; from += size) starts.push(from);
  const run = ++runs;
  const base = {
    run,
    model: plan.model,
    spec: plan.spec,
    options: { metric: String(plan.metric), ...plan.settings },
  };
  const workers = Array.from(
    { length: Math.max(1, Math.min(options.workers, starts.length)) },
    () => options.createWorker()
  );
  const stopAll = (): void => workers.forEach((worker) => worker.terminate());
  return new Promise((resolve, reject) => {
    const chunks: ChunkResult[] = [];
    let next = 0;
    let done = 0;
    const onAbort = (): void => {
      stopAll();
      resolve(null);
    };
    if (options.signal.aborted) return onAbort();
    options.signal.addEventListener("abort", onAbort, { once: true });
    const fail = (why: MessageParam): void => {
      options.signal.removeEventListener("abort", onAbort);
      stopAll();
      reject(messageError(words("simulationStopped", why)));
    };
    const feed = (worker: ChunkWorker): void => {
      const from = starts[next++];
      if (from !== undefined) worker.postMessage({ ...base, from, to: Math.min(n, from + size) });
    };
    for (const worker of workers) {
      worker.onerror = (event) => fail(event.message ?? words("workerFailed"));
      worker.onmessage = ({ data }) => {
        if (data.run !== run) return;
        if ("error" in data) return fail(data.error);
        chunks.push(data.chunk);
        done += data.chunk.values.length;
        options.onProgress(done, n);
        if (chunks.length === starts.length) {
          options.signal.removeEventListener("abort", onAbort);
          stopAll();
          resolve(chunks);
        } else feed(worker);
      };
      feed(worker);
    }
  });
}

/** Workers to use: as many as the machine offers, minus one for Excel and the pane; at least one. */
export function workerCount(hardwareConcurrency: number | undefined): number {
  return Math.max(1, (hardwareConcurrency ?? 2) - 1);
}
