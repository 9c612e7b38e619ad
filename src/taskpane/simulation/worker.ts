/**
 * The simulation worker (dist/simulation-worker.js): evaluates chunks of a Monte Carlo run off the
 * pane's thread. Iteration i depends only on the seed, the driver and i (model/simulation), so a
 * chunk computed here is the same to the bit as on the pane's thread.
 */
import type { ChunkReply, ChunkRequest } from "./messages";
import { chunkServer } from "./chunkServer";

interface WorkerScope {
  onmessage: ((event: { data: ChunkRequest }) => void) | null;
  postMessage(message: ChunkReply, transfer?: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const server = chunkServer();

scope.onmessage = ({ data }) => {
  const { reply, transfer } = server.answer(data);
  scope.postMessage(reply, transfer);
};
