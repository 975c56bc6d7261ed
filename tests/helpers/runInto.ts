import { join } from "node:path";
import { runCommand } from "../../pipeline/cli/runCommand.ts";

/** Runs `capdo run --no-dashboard` in-process into `outDir` (kept between calls, like an analyst's output folder); returns the warehouse path. */
export async function runInto(sourcesDir: string, outDir: string, today = "2026-11-22"): Promise<string> {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    await runCommand({ sourcesDir, outDir, dashboard: false, aliasesFile: undefined, progress: false, version: "test", today });
  } finally {
    process.stdout.write = write;
  }
  return join(outDir, "capdo.duckdb");
}
