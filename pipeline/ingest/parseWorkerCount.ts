import { availableParallelism } from "node:os";

/**
 * How many worker threads parse files: CAPDO_PARSE_WORKERS if set (0 = in this thread), else one per
 * logical CPU beyond two, at most four. With two logical CPUs or fewer, files are parsed in the main
 * thread: on the reference machine its two CPUs together do only ~1.15× the work of one, and a worker
 * costs ≈ 0.5 s to start (TypeScript loaded again) plus a copy of every outcome back — measured by
 * `npm run bench`, which runs both ways (docs/performance.md).
 */
export function parseWorkerCount(env: NodeJS.ProcessEnv = process.env, cpus: number = availableParallelism()): number {
  const asked = env.CAPDO_PARSE_WORKERS;
  if (asked !== undefined && asked.trim() !== "") {
    const n = Number(asked);
    if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`CAPDO_PARSE_WORKERS phải là số nguyên từ 0 đến 64 (đang là "${asked}")`);
    return n;
  }
  return cpus <= 2 ? 0 : Math.min(cpus - 1, 4);
}
