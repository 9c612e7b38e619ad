/**
 * Where the pane's simulations run: dist/simulation-worker.js in Web Workers, as many as the
 * machine offers minus one (navigator.hardwareConcurrency), or the pane's thread where the
 * webview has no Worker.
 */
import type { SimulationHost } from "../analyses/simulation";
import type { ChunkWorker } from "./pool";
import { workerCount } from "./pool";

/** The worker script, beside taskpane.html (a webpack entry of its own). */
export const WORKER_SCRIPT = "simulation-worker.js";

export function browserSimulationHost(scope: {
  Worker?: new (url: string) => unknown;
  navigator?: { hardwareConcurrency?: number };
}): SimulationHost {
  const WorkerClass = scope.Worker;
  if (WorkerClass === undefined) return { createWorker: null, workers: 1 };
  return {
    createWorker: () => new WorkerClass(WORKER_SCRIPT) as ChunkWorker,
    workers: workerCount(scope.navigator?.hardwareConcurrency),
  };
}
