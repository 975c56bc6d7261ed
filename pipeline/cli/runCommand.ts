import { join } from "node:path";
import { loadRegistry } from "../registry/index.ts";
import { ingestSources } from "../ingest/ingestSources.ts";
import { openParseCache } from "../ingest/parseCache.ts";
import { readerFingerprint } from "../ingest/readerFingerprint.ts";
import { writeWarehouse } from "../warehouse/writeWarehouse.ts";
import { countRows } from "../warehouse/countRows.ts";
import { summarizeRun } from "./summarizeRun.ts";
import { formatInteger } from "./formatNumber.ts";
import { loadSettings } from "../config/loadSettings.ts";

export interface RunOptions {
  sourcesDir: string;
  outDir: string;
  dashboard: boolean;
  aliasesFile: string | undefined;
  settingsFile?: string | undefined;
  progress: boolean;
  version: string;
  today?: string; // YYYY-MM-DD, for tests
}

/** `capdo run`: every file under the sources folder into OUT/capdo.duckdb; exit 0 whenever the run completes. */
export async function runCommand(options: RunOptions): Promise<number> {
  const startedAt = new Date();
  const settings = loadSettings(options.settingsFile);
  const registry = loadRegistry(options.aliasesFile ? { aliasesFile: options.aliasesFile } : {});
  const ingest = await ingestSources(options.sourcesDir, registry, {
    aliasesFile: options.aliasesFile,
    cache: openParseCache(join(options.outDir, "cache", "parsed"), readerFingerprint({ aliasesFile: options.aliasesFile, extra: JSON.stringify(settings) })),
    onProgress: options.progress
      ? (done, total, file) => process.stderr.write(`\r\x1b[KĐang đọc ${done}/${total} ${file.slice(-60)}`)
      : undefined,
  });
  if (options.progress) process.stderr.write("\r\x1b[K");
  const dbPath = join(options.outDir, "capdo.duckdb");
  await writeWarehouse(dbPath, {
    ingest,
    registry,
    settings,
    run: { startedAt, runDate: options.today ?? localDate(startedAt), sourcesDir: options.sourcesDir, version: options.version },
  });
  const notes = await countRows(dbPath, "notes");
  const changes = await countRows(dbPath, "run_changes");
  process.stdout.write(`${summarizeRun(ingest, notes)}\n\nSố liệu thay đổi so với lần chạy trước: ${formatInteger(changes)} (bảng run_changes)\nKho dữ liệu: ${dbPath}\n`);
  if (!options.dashboard) process.stdout.write("(Bỏ qua trang tổng hợp: --no-dashboard)\n");
  return 0;
}

function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
