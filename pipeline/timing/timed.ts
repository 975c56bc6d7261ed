import { performance } from "node:perf_hooks";

/** With CAPDO_TIMING=2, prints how long `work` took under `label` (the detail behind a run's phases). */
export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  if (process.env.CAPDO_TIMING !== "2") return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    process.stderr.write(`[thời gian]   ${label}: ${((performance.now() - start) / 1000).toFixed(3)} giây\n`);
  }
}
