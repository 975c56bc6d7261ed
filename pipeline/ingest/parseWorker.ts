import { parentPort, workerData } from "node:worker_threads";
import { loadRegistry } from "../registry/index.ts";
import { parseFile } from "./parseFile.ts";
import type { ReadLimits } from "../read/ReadLimits.ts";
import { errorMessage } from "../util/errorMessage.ts";

/** A worker thread that parses files sent by the pool, with its own registry. */
const { aliasesFile, limits } = workerData as { aliasesFile?: string; limits?: ReadLimits };
const registry = loadRegistry(aliasesFile ? { aliasesFile } : {});

parentPort!.on("message", async (message: { id: number; file: string; data: Uint8Array }) => {
  try {
    const outcome = await parseFile(message.file, Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength), registry, limits);
    parentPort!.postMessage({ id: message.id, outcome });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: errorMessage(error) });
  }
});
