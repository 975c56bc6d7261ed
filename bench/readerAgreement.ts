// Both workbook readers on every .xlsx under --data DIR: does the fast reader agree with exceljs (the
// reference), where does it decline, and how long does each reader take (single thread; each reader
// timed in a fresh process, after a warm-up, so that one's garbage does not bill the other).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { WorkbookSheets } from "../pipeline/read/WorkbookSheets.ts";
import { DEFAULT_READ_LIMITS } from "../pipeline/read/defaultReadLimits.ts";
import { FileRejection } from "../pipeline/read/FileRejection.ts";
import { checkWorkbookZip } from "../pipeline/read/checkWorkbookZip.ts";
import { readXlsx } from "../pipeline/read/readXlsx.ts";
import { readXlsxWithExceljs } from "../pipeline/read/readXlsxWithExceljs.ts";
import { readXlsxFast } from "../pipeline/read/xlsx/readXlsxFast.ts";
import { firstDifference } from "./firstDifference.ts";
import { errorMessage } from "../pipeline/util/errorMessage.ts";

type Outcome = { sheets: WorkbookSheets } | { rejected: string } | { crashed: string };

const READERS: Record<string, (data: Buffer) => Promise<unknown>> = {
  fast: async (data) => readXlsxFast(data, checkWorkbookZip(data, DEFAULT_READ_LIMITS), DEFAULT_READ_LIMITS),
  combined: (data) => readXlsx(data, DEFAULT_READ_LIMITS),
  exceljs: (data) => readXlsxWithExceljs(data, DEFAULT_READ_LIMITS),
};
const LABELS: Record<string, string> = {
  fast: "fast reader (zip check + fast read, no fallback)",
  combined: "combined reader (readXlsx)",
  exceljs: "exceljs reader (readXlsxWithExceljs)",
};

const { values } = parseArgs({ options: { data: { type: "string" }, time: { type: "string" }, "no-timing": { type: "boolean" } } });
if (!values.data) {
  process.stderr.write("usage: tsx bench/readerAgreement.ts --data DIR [--no-timing]\n");
  process.exit(2);
}
const dir = values.data;
const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.toLowerCase().endsWith(".xlsx")).sort();
const out = (line: string) => process.stdout.write(`${line}\n`);

if (values.time) await timeOne(values.time);
else await compareAll();

/** Child mode: one reader over every file, after a warm-up on the first ones; prints JSON. */
async function timeOne(reader: string): Promise<void> {
  const read = READERS[reader]!;
  const datas = files.map((f) => readFileSync(join(dir, f)));
  const pass = async (items: Buffer[]) => {
    for (const data of items) {
      try {
        await read(data);
      } catch {
        // a rejected file costs what was read
      }
    }
  };
  await pass(datas.slice(0, 100));
  const cpu = process.cpuUsage();
  const start = performance.now();
  await pass(datas);
  const used = process.cpuUsage(cpu);
  out(JSON.stringify({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 }));
}

async function outcome(read: () => Promise<WorkbookSheets>): Promise<Outcome> {
  try {
    return { sheets: await read() };
  } catch (error) {
    if (error instanceof FileRejection) return { rejected: `${error.reasonCode}: ${error.message}` };
    return { crashed: errorMessage(error) };
  }
}

function outcomeDifference(a: Outcome, b: Outcome): string | null {
  if ("sheets" in a && "sheets" in b) return firstDifference(a.sheets, b.sheets);
  const show = (o: Outcome) => ("sheets" in o ? "read" : "rejected" in o ? `rejected (${o.rejected})` : `crashed (${o.crashed})`);
  return show(a) === show(b) ? null : `${show(a)} ≠ ${show(b)}`;
}

async function compareAll(): Promise<void> {
  const counts = { agree: 0, declined: 0, declinedReadable: 0, mismatched: 0, rejectedByZipCheck: 0, combinedDifferent: 0 };
  const reasons = new Map<string, number>();
  const mismatches: string[] = [];
  for (const file of files) {
    const data = readFileSync(join(dir, file));
    const reference = await outcome(() => readXlsxWithExceljs(data, DEFAULT_READ_LIMITS));
    const combinedDiff = outcomeDifference(await outcome(() => readXlsx(data, DEFAULT_READ_LIMITS)), reference);
    if (combinedDiff) {
      counts.combinedDifferent++;
      mismatches.push(`${file} (combined reader): ${combinedDiff}`);
    }
    let parts;
    try {
      parts = checkWorkbookZip(data, DEFAULT_READ_LIMITS);
    } catch {
      counts.rejectedByZipCheck++;
      continue;
    }
    const fast = readXlsxFast(data, parts, DEFAULT_READ_LIMITS);
    if (fast.status === "declined") {
      counts.declined++;
      if ("sheets" in reference) counts.declinedReadable++;
      const reason = fast.reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, "N");
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      continue;
    }
    const diff = outcomeDifference({ sheets: fast.sheets }, reference);
    if (diff) {
      counts.mismatched++;
      mismatches.push(`${file}: ${diff}`);
    } else counts.agree++;
  }
  out(`${files.length} .xlsx files under ${dir}`);
  out(`  fast reader: agree ${counts.agree}, declined ${counts.declined} (of which exceljs reads ${counts.declinedReadable}), mismatched ${counts.mismatched}`);
  out(`  rejected by the zip check before either reader: ${counts.rejectedByZipCheck}`);
  out(`  combined reader vs exceljs reader (sheets, or rejection code and message): ${files.length - counts.combinedDifferent} same, ${counts.combinedDifferent} different`);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) out(`  declined ×${n}: ${reason}`);
  for (const m of mismatches.slice(0, 20)) out(`  MISMATCH ${m}`);
  if (!values["no-timing"]) {
    out("time, single thread (wall / CPU):");
    for (const reader of ["fast", "combined", "exceljs"]) {
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--data", dir, "--time", reader], { encoding: "utf8", maxBuffer: 1 << 20 });
      const line = child.stdout.trim().split("\n").at(-1) ?? "";
      try {
        const { ms, cpuMs } = JSON.parse(line) as { ms: number; cpuMs: number };
        out(`  ${LABELS[reader]}: ${(ms / 1000).toFixed(2)} s / ${(cpuMs / 1000).toFixed(2)} s (${(ms / files.length).toFixed(2)} ms per file)`);
      } catch {
        out(`  ${LABELS[reader]}: timing failed (${child.stderr.trim().split("\n").at(-1) ?? "no output"})`);
      }
    }
  }
  process.exitCode = counts.mismatched + counts.combinedDifferent > 0 ? 1 : 0;
}
