import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadRegistry } from "../registry/index.ts";
import { ingestSources } from "../ingest/ingestSources.ts";
import { readerFingerprint } from "../ingest/readerFingerprint.ts";
import { writeWarehouse } from "../warehouse/writeWarehouse.ts";
import { countRows } from "../warehouse/countRows.ts";
import { readPreviousWarehouse } from "../warehouse/readPreviousWarehouse.ts";
import { parseWorkerCount } from "../ingest/parseWorkerCount.ts";
import { summarizeRun } from "./summarizeRun.ts";
import { formatInteger } from "./formatNumber.ts";
import { loadSettings } from "../config/loadSettings.ts";
import { withOutputLock } from "../publish/withOutputLock.ts";
import type { OutputLock } from "../publish/OutputLock.ts";
import { isArchived } from "../publish/archiveSource.ts";
import { createArchiveKeeper } from "../publish/createArchiveKeeper.ts";
import { publishArtefacts } from "../publish/publishArtefacts.ts";
import { writeExports } from "../../exports/writeExports.ts";
import { localDate } from "../../exports/text/localDate.ts";

export interface RunOptions {
  sourcesDir: string;
  outDir: string;
  dashboard: boolean;
  /** Read and hash every file, even those whose stat key is the previous run's. */
  rehash?: boolean;
  aliasesFile: string | undefined;
  settingsFile?: string | undefined;
  progress: boolean;
  version: string;
  today?: string; // YYYY-MM-DD, for tests
}

/**
 * `capdo run`: every file under the sources folder into OUT/capdo.duckdb; exit 0 whenever the run completes.
 * One writer per output folder (OUT/capdo.lock); every input kept in OUT/archive/<sha256> before
 * anything is published; everything built aside and published together at the end.
 */
export async function runCommand(options: RunOptions): Promise<number> {
  return withOutputLock(options.outDir, "run", (lock) => runLocked(options, lock));
}

async function runLocked(options: RunOptions, lock: OutputLock): Promise<number> {
  const startedAt = new Date();
  let lap = performance.now();
  // CAPDO_TIMING=1 prints how long each phase took (for the benchmark and for analysts who wonder).
  const timing = (phase: string) => {
    const now = performance.now();
    if (process.env.CAPDO_TIMING) process.stderr.write(`[thời gian] ${phase}: ${((now - lap) / 1000).toFixed(2)} giây\n`);
    lap = now;
  };
  // performance.now() counts from the process's start: node, tsx and the modules loaded so far.
  if (process.env.CAPDO_TIMING) process.stderr.write(`[thời gian] khởi động: ${(performance.now() / 1000).toFixed(2)} giây\n`);
  const settings = loadSettings(options.settingsFile);
  const registry = loadRegistry(options.aliasesFile ? { aliasesFile: options.aliasesFile } : {});
  const dbPath = join(options.outDir, "capdo.duckdb");
  // Earlier versions kept a JSON parse cache here; re-runs now reuse the published warehouse instead.
  rmSync(join(options.outDir, "cache"), { recursive: true, force: true });
  // Only the read limits among the settings change what a file parses to; weights and the like do not.
  const fingerprint = readerFingerprint({ aliasesFile: options.aliasesFile, extra: JSON.stringify(settings.limits) });
  // The warehouse this run replaces, opened once: what its files parsed to, and its figures for run_changes.
  const previous = await readPreviousWarehouse(dbPath, fingerprint);
  const archiveDir = join(options.outDir, "archive");
  // Archived while the files are parsed, in a worker thread beyond a few files (each is synced to disk).
  const archive = createArchiveKeeper(archiveDir);
  const ingest = await ingestSources(options.sourcesDir, registry, {
    workers: parseWorkerCount(),
    aliasesFile: options.aliasesFile,
    limits: settings.limits,
    keep: archive.keep,
    // A file unchanged on disk since the previous run hashed it (same stat key) and archived is not read again.
    previousHashes: options.rehash ? undefined : previous.hashes,
    isKept: (sha256, bytes) => isArchived(archiveDir, sha256, bytes),
    // Files with the same path and bytes as in the published warehouse are not parsed again.
    previous: previous.sources,
    onProgress: options.progress
      ? (done, total, file) => process.stderr.write(`\r\x1b[KĐang đọc ${done}/${total} ${file.slice(-60)}`)
      : undefined,
  }).finally(() => archive.close());
  if (options.progress) process.stderr.write("\r\x1b[K");
  timing("đọc tệp");
  const builtWarehouse = await writeWarehouse(dbPath, {
    ingest,
    registry,
    settings,
    previous: previous.run,
    run: { startedAt, runDate: options.today ?? localDate(startedAt), sourcesDir: options.sourcesDir, version: options.version, readerFingerprint: fingerprint },
  }, { swapIn: false });
  timing("kho dữ liệu");
  // The exports and the site are built aside from the new warehouse, then all three published together.
  const exportsFinal = join(options.outDir, "exports");
  const exportsBuilt = `${exportsFinal}.building`;
  rmSync(exportsBuilt, { recursive: true, force: true });
  mkdirSync(exportsBuilt, { recursive: true });
  // Files whose content would not change are copied from the published exports, not built again.
  const written = await writeExports(builtWarehouse, exportsBuilt, { reuseFrom: exportsFinal });
  timing(`xuất bảng xếp hạng (dựng ${written.built.length}, dùng lại ${written.reused.length} tệp)`);
  const artefacts = [{ built: builtWarehouse, final: dbPath }, { built: exportsBuilt, final: exportsFinal }];
  if (options.dashboard) {
    const siteFinal = join(options.outDir, "site");
    const { buildDashboard } = await import("../dashboard/buildDashboard.ts");
    await buildDashboard({ dbPath: builtWarehouse, outDir: siteFinal, exportsDir: exportsBuilt, swapIn: false });
    artefacts.push({ built: `${siteFinal}.building`, final: siteFinal });
    timing("trang tổng hợp");
  }
  publishArtefacts(options.outDir, artefacts, lock);
  const [notes = 0, changes = 0] = await countRows(dbPath, ["notes", "run_changes"]);
  process.stdout.write(`${summarizeRun(ingest, notes)}\n\nSố liệu thay đổi so với lần chạy trước: ${formatInteger(changes)} (bảng run_changes)\nKho dữ liệu: ${dbPath}\n`);
  process.stdout.write(`Bảng xếp hạng và danh sách tuân thủ: ${exportsFinal}\n`);
  if (options.dashboard) process.stdout.write(`Trang tổng hợp: ${join(options.outDir, "site")} (xem bằng: npm run preview -- ${join(options.outDir, "site")})\n`);
  else process.stdout.write("(Bỏ qua trang tổng hợp: --no-dashboard)\n");
  return 0;
}
