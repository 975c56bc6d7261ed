import { Worker } from "node:worker_threads";
import type { FileOutcome } from "./records.ts";
import type { ReadLimits } from "../read/ReadLimits.ts";

const WORKER_HEAP_MB = 256;

export interface ParsePool {
  parse(file: string, data: Buffer): Promise<FileOutcome>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (outcome: FileOutcome) => void;
  reject: (error: Error) => void;
  worker: Worker;
}

/** `size` worker threads parsing files in parallel; each task goes to the least busy worker. */
export function createParsePool(size: number, options: { aliasesFile?: string | undefined; limits?: ReadLimits | undefined } = {}): ParsePool {
  const entry = new URL("./parseWorker.ts", import.meta.url).href;
  const workers = Array.from({ length: size }, () =>
    new Worker(new URL("../util/typescriptWorkerBoot.mjs", import.meta.url), {
      workerData: { entry, aliasesFile: options.aliasesFile, limits: options.limits },
      // A modest heap makes each worker collect garbage early: exceljs leaves much behind per workbook.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    }));
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const pending = new Map<number, Pending>();
  let nextId = 0;
  for (const worker of workers) {
    worker.on("message", (message: { id: number; outcome?: FileOutcome; error?: string }) => {
      const task = pending.get(message.id);
      if (!task) return;
      pending.delete(message.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if (message.outcome) task.resolve(message.outcome);
      else task.reject(new Error(message.error ?? "lỗi không rõ trong luồng đọc tệp"));
    });
    worker.on("error", (error) => {
      for (const [id, task] of pending) {
        if (task.worker !== worker) continue;
        pending.delete(id);
        task.reject(error);
      }
    });
  }
  return {
    parse(file, data) {
      const worker = [...load.entries()].sort((a, b) => a[1] - b[1])[0]![0];
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const id = nextId++;
      return new Promise<FileOutcome>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker });
        const copy = new Uint8Array(data.byteLength);
        copy.set(data);
        worker.postMessage({ id, file, data: copy }, [copy.buffer]);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
