import { join } from "node:path";
import { runCommand } from "../../pipeline/cli/runCommand.ts";

/** Runs `capdo run --no-dashboard` in-process into `outDir` (kept between calls, like an analyst's output folder); returns the warehouse path. */
export async function runInto(sourcesDir: string, outDir: string, today = "2026-11-22"): Promise<string> {
  return (await runIntoWithSummary(sourcesDir, outDir, today)).db;
}

/** As runInto, also returning what the run printed (its summary). */
export async function runIntoWithSummary(sourcesDir: string, outDir: string, today = "2026-11-22", options: { rehash?: boolean } = {}): Promise<{ db: string; summary: string }> {
  const write = process.stdout.write;
  let summary = "";
  process.stdout.write = ((chunk: string | Uint8Array) => {
    summary += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await runCommand({ sourcesDir, outDir, dashboard: false, aliasesFile: undefined, progress: false, version: "test", today, ...options });
  } finally {
    process.stdout.write = write;
  }
  return { db: join(outDir, "capdo.duckdb"), summary };
}
