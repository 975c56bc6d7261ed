import { Worker } from "node:worker_threads";
import { archiveWriter } from "./archiveSource.ts";
import type { ArchiveReply, ArchiveRequest } from "./archiveWorker.ts";

/**
 * Up to this many files are archived in this thread; from the next on, in a worker thread. While the
 * main thread parses, its event loop does not turn, so the writes it started wait for parsing to end
 * (a national first run of 1,797 contents read its files 0.3–0.8 s longer so); starting the
 * worker costs ≈ 0.2 s and as much CPU (tsx loads it), more than a month's new files (≈ 90) wait.
 */
const IN_THREAD_UP_TO = 200;

export interface ArchiveKeeper {
  /** Keeps `data` as ARCHIVE/<sha256> (archiveSource); settles when it is written and synced, or failed. */
  keep(sha256: string, data: Buffer): Promise<void>;
  /** Stops the worker thread, if one was started; call it once every kept promise has settled. */
  close(): Promise<void>;
}

export function createArchiveKeeper(archiveDir: string, options: { inThreadUpTo?: number } = {}): ArchiveKeeper {
  const inThreadUpTo = options.inThreadUpTo ?? IN_THREAD_UP_TO;
  const inThread = archiveWriter(archiveDir);
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let worker: Worker | null = null;
  let failure: Error | null = null;
  let calls = 0;
  let nextId = 0;

  // A worker that failed takes its pending writes with it, and every later one fails at once (none waits forever).
  const failAll = (error: Error) => {
    failure ??= error;
    for (const task of pending.values()) task.reject(failure);
    pending.clear();
  };
  const startWorker = (): Worker => {
    const started = new Worker(new URL("../util/typescriptWorkerBoot.mjs", import.meta.url), {
      workerData: { entry: new URL("./archiveWorker.ts", import.meta.url).href, archiveDir },
    });
    started.on("message", ({ id, error }: ArchiveReply) => {
      const task = pending.get(id);
      if (!task) return;
      pending.delete(id);
      if (error === undefined) task.resolve();
      else task.reject(new Error(error));
    });
    started.on("error", failAll);
    started.on("exit", (code) => failAll(new Error(`luồng lưu trữ tệp nguồn dừng bất thường (mã ${code})`)));
    return started;
  };

  return {
    keep(sha256, data) {
      if (++calls <= inThreadUpTo) return inThread(sha256, data);
      if (failure) return Promise.reject(failure);
      worker ??= startWorker();
      const id = nextId++;
      const request: ArchiveRequest = { id, sha256, data };
      return new Promise<void>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage(request); // the bytes are copied: this thread still parses them
      });
    },
    async close() {
      const stopping = worker;
      worker = null;
      if (stopping) {
        stopping.removeAllListeners("exit");
        await stopping.terminate();
      }
    },
  };
}
