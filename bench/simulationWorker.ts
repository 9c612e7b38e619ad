/** The benchmark's simulation worker: Node's worker_threads running the pane worker's chunkServer. */
import { parentPort } from "node:worker_threads";
import { chunkServer } from "../src/taskpane/simulation/chunkServer";
import type { ChunkRequest } from "../src/taskpane/simulation/messages";

const server = chunkServer();
parentPort?.on("message", (data: ChunkRequest) => {
  const { reply, transfer } = server.answer(data);
  parentPort?.postMessage(reply, transfer);
});
