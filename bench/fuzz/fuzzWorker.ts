import { parentPort, workerData } from "node:worker_threads";
import { loadRegistry } from "../../pipeline/registry/index.ts";
import type { FuzzSpec } from "./FuzzSpec.ts";
import { runFuzzCase } from "./runFuzzCase.ts";

/** A worker thread of the fuzz command: runs the cases it is sent, one at a time, so the parent can time each out. */
const bases = (workerData as { bases: Uint8Array[] }).bases.map((b) => Buffer.from(b));
const registry = loadRegistry();

parentPort!.on("message", async (message: { id: number; spec: FuzzSpec }) => {
  const result = await runFuzzCase(message.spec, bases, registry);
  parentPort!.postMessage({ id: message.id, result });
});
