import { Worker } from "node:worker_threads";
import fc from "fast-check";
import type { FuzzSpec } from "./FuzzSpec.ts";
import type { FuzzResult } from "./FuzzResult.ts";
import { anyFuzzSpec } from "./anyFuzzSpec.ts";
import { caseCategory } from "./caseCategory.ts";
import { loadFuzzCorpus } from "./loadFuzzCorpus.ts";

export interface FuzzOptions {
  cases: number;
  seed: number;
  timeoutMs: number;
  workers: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Generates `cases` cases from `seed` and runs each in a worker thread: a case that throws is a
 * crash, a worker that dies is a crash, a case still running after `timeoutMs` is a hang (its
 * worker is terminated and replaced), so one bad case never stops the others.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult[]> {
  const bases = await loadFuzzCorpus();
  const specs = fc.sample(anyFuzzSpec(bases.length), { numRuns: options.cases, seed: options.seed });
  const results: FuzzResult[] = new Array(specs.length);
  let next = 0;
  let done = 0;
  const entry = new URL("./fuzzWorker.ts", import.meta.url).href;
  const spawn = () => new Worker(new URL("./workerBoot.mjs", import.meta.url), { workerData: { entry, bases }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
  const lane = async () => {
    let worker = spawn();
    try {
      while (next < specs.length) {
        const id = next++;
        const spec = specs[id]!;
        const outcome = await runInWorker(worker, id, spec, options.timeoutMs);
        if (outcome.status === "hang" || outcome.status === "crash" && outcome.problems.some((p) => p.startsWith("luồng"))) {
          await worker.terminate();
          worker = spawn();
        }
        results[id] = { ...outcome, category: outcome.category || caseCategory(spec) };
        options.onProgress?.(++done, specs.length);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, lane));
  return results;
}

function runInWorker(worker: Worker, id: number, spec: FuzzSpec, timeoutMs: number): Promise<FuzzResult> {
  const base: FuzzResult = { category: caseCategory(spec), status: "crash", reasonCode: null, message: null, cellMessages: [], problems: [], ms: 0, bytes: 0 };
  return new Promise((resolve) => {
    const finish = (result: FuzzResult) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(result);
    };
    const onMessage = (message: { id: number; result: FuzzResult }) => {
      if (message.id === id) finish(message.result);
    };
    const onError = (error: Error) => finish({ ...base, problems: [`luồng đọc chết: ${error.message}`] });
    const onExit = (code: number) => finish({ ...base, problems: [`luồng đọc thoát với mã ${code}`] });
    const timer = setTimeout(() => finish({ ...base, status: "hang", ms: timeoutMs, problems: [`luồng treo quá ${timeoutMs} ms`] }), timeoutMs);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ id, spec });
  });
}
