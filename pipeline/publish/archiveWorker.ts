// A worker thread that keeps submitted files in the archive (createArchiveKeeper), so that their writes and
// syncs to disk go on while the main thread parses: its event loop is busy then and would hold them back.
import { parentPort, workerData } from "node:worker_threads";
import { archiveWriter } from "./archiveSource.ts";
import { errorMessage } from "../util/errorMessage.ts";

export interface ArchiveRequest {
  id: number;
  sha256: string;
  data: Uint8Array;
}

export interface ArchiveReply {
  id: number;
  /** Set when the write failed: what went wrong. */
  error?: string;
}

const { archiveDir } = workerData as { archiveDir: string };
const port = parentPort!;
const write = archiveWriter(archiveDir);

port.on("message", ({ id, sha256, data }: ArchiveRequest) => {
  const reply = (message: ArchiveReply) => port.postMessage(message);
  write(sha256, Buffer.from(data.buffer, data.byteOffset, data.byteLength)).then(
    () => reply({ id }),
    (error: unknown) => reply({ id, error: errorMessage(error) }),
  );
});
