// npm run bench [-- --data DIR] [--agencies 93 --months 24 --seed N] [--repeat 3]: the national-scale benchmark of issue 7.
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { benchFiles } from "./benchFiles.ts";
import { STAT_TRUST_MARGIN_MS } from "../pipeline/ingest/fileStatKey.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ""), process.argv[i + 1] ?? "");
const work = resolve(args.get("work") ?? join(ROOT, ".tmp", "bench"));
const data = resolve(args.get("data") ?? join(work, "sources"));
const agencies = args.get("agencies") ?? "93";
const months = args.get("months") ?? "24";
const seed = args.get("seed") ?? "20240701";
// The machine is shared and noisy (the same floor measured 5.0–8.1 s in one day): the floors and the runs
// are measured `repeat` times, interleaved, and the medians reported with their ranges.
const repeat = Number(args.get("repeat") ?? 3);
if (!Number.isInteger(repeat) || repeat < 1) {
  process.stderr.write("--repeat cần một số nguyên từ 1 trở lên\n");
  process.exit(2);
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
interface Measured { ms: number; maxRssMb: number | null; samples: number[] }
/** Median time, the highest peak RSS of the samples, and every sample (ms). */
const summarize = (runs: { ms: number; maxRssMb: number | null }[]): Measured => ({
  ms: median(runs.map((r) => r.ms)),
  maxRssMb: runs.some((r) => r.maxRssMb !== null) ? Math.max(...runs.map((r) => r.maxRssMb ?? 0)) : null,
  samples: runs.map((r) => r.ms),
});

function run(label: string, command: string, argv: string[], env: Record<string, string> = {}) {
  const reportFile = join(work, `resources-${label}.json`);
  rmSync(reportFile, { force: true });
  const started = performance.now();
  const result = spawnSync(command, argv, { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env, CAPDO_RESOURCE_REPORT: reportFile, OBSERVABLE_TELEMETRY_DISABLE: "true" }, maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${label} thất bại (mã ${result.status}): ${result.stderr.slice(-2000)}`);
  const resources = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, "utf8")) as { maxRssMb: number } : null;
  return { ms, stdout: result.stdout, maxRssMb: resources?.maxRssMb ?? null };
}

mkdirSync(work, { recursive: true });
if (!existsSync(data) || readdirSync(data).length === 0) {
  process.stderr.write(`Tạo dữ liệu: ${agencies} cơ quan × ${months} tháng → ${data}\n`);
  run("synth", process.execPath, ["--import", "tsx", "pipeline/synth/main.ts", "--out", data, "--agencies", agencies, "--months", months, "--seed", seed]);
}
const files = benchFiles(data);
const floorOf = (script: string) => {
  const r = run(script, process.execPath, ["--import", "tsx", `bench/${script}.ts`, data]);
  return JSON.parse(r.stdout) as { ms: number; cells: number; maxRssMb: number };
};

const out = join(work, "out");
const capdo = (label: string, sources: string, extra: string[] = [], outDir = out, env: Record<string, string> = {}) =>
  run(label, process.execPath, ["bin/capdo.js", "run", "--sources", sources, "--out", outDir, ...extra], env);
// Warm-up, not measured: tsx compiles the TypeScript once per checkout into its cache; the runs below
// measure the steady state an analyst sees from the second run of the day on.
const warmSources = join(work, "warm-up-sources");
rmSync(warmSources, { recursive: true, force: true });
mkdirSync(warmSources, { recursive: true });
for (const file of [files.find((f) => f.kind === "csv"), files.find((f) => f.kind !== "csv")].filter((f) => f !== undefined)) {
  cpSync(file.path, join(warmSources, file.path.split("/").at(-1)!));
}
process.stderr.write("Khởi động (không đo)…\n");
capdo("warm-up", warmSources, ["--no-dashboard"], join(work, "warm-up-out"));
// Each round: the exceljs floor, the physical floor and a cold run, one after the other; the ratio of
// each round is taken, and the median of those (a slow spell then weighs on both sides of a ratio).
const parseFloors: { ms: number; cells: number; maxRssMb: number }[] = [];
const physicalFloors: { ms: number; cells: number; maxRssMb: number }[] = [];
const fulls: ReturnType<typeof run>[] = [];
for (let round = 1; round <= repeat; round++) {
  process.stderr.write(`Lượt ${round}/${repeat}: ngưỡng đọc exceljs, ngưỡng vật lý, chạy đầy đủ (không có trang tổng hợp)…\n`);
  parseFloors.push(floorOf("parseFloor"));
  physicalFloors.push(floorOf("physicalFloor"));
  rmSync(out, { recursive: true, force: true });
  fulls.push(capdo("full", data, ["--no-dashboard"]));
}
const parseFloor = { ...summarize(parseFloors), cells: parseFloors[0]!.cells };
const physicalFloor = summarize(physicalFloors);
const full = summarize(fulls);
const rows = Number(/Dòng dữ liệu đã đọc: ([\d.]+)/.exec(fulls[0]!.stdout)?.[1]?.replace(/\./g, "") ?? 0);
const fullOverParseFloor = median(fulls.map((f, i) => f.ms / parseFloors[i]!.ms));
const fullOverPhysicalFloor = median(fulls.map((f, i) => f.ms / physicalFloors[i]!.ms));
// The same cold run with parsing in two worker threads (the default parses in the main thread on ≤ 2 CPUs).
process.stderr.write("Chạy đầy đủ, đọc tệp trong 2 luồng phụ…\n");
const fullWorkers = capdo("full-workers", data, ["--no-dashboard"], join(work, "out-workers"), { CAPDO_PARSE_WORKERS: "2" });
rmSync(join(work, "out-workers"), { recursive: true, force: true });
process.stderr.write("Chạy lại, không có gì thay đổi…\n");
const rerun = summarize(Array.from({ length: repeat }, () => capdo("rerun", data, ["--no-dashboard"])));
// One new file, in the analyst's folder: a copy of the sources (settled: the run before a measured one
// has seen every file), then a copy of a submission with a byte appended, so it is new content (a resubmission).
const extraDir = join(work, "sources-plus-one");
rmSync(extraDir, { recursive: true, force: true });
cpSync(data, extraDir, { recursive: true });
await sleep(STAT_TRUST_MARGIN_MS); // files changed moments before a run are read again by the next one too
const model = files.find((f) => f.kind === "csv") ?? files[0]!;
const newFile = join(extraDir, "batch-new", "bao cao bo sung.csv");
process.stderr.write("Chạy lại với một tệp mới…\n");
const rerunOne = summarize(Array.from({ length: repeat }, () => {
  // Back to the folder without the new file (not measured), so that each sample reads it as new.
  rmSync(join(extraDir, "batch-new"), { recursive: true, force: true });
  capdo("rerun-restore", extraDir, ["--no-dashboard"]);
  mkdirSync(join(extraDir, "batch-new"), { recursive: true });
  writeFileSync(newFile, Buffer.concat([readFileSync(model.path), Buffer.from("\r\n")]));
  return capdo("rerun-one", extraDir, ["--no-dashboard"]);
}));
let withDashboard: ReturnType<typeof run> | null = null;
if (existsSync(join(ROOT, "dashboards", "observablehq.config.ts"))) {
  rmSync(out, { recursive: true, force: true });
  process.stderr.write("Chạy đầy đủ có trang tổng hợp…\n");
  withDashboard = capdo("full-dashboard", data);
}

const decimal = (n: number) => n.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const s = (ms: number) => decimal(ms / 1000);
/** "9,25 (9,06–10,63)": the median and, over several samples, their range. */
const sRange = (m: Measured) => m.samples.length > 1 ? `${s(m.ms)} (${s(Math.min(...m.samples))}–${s(Math.max(...m.samples))})` : s(m.ms);
const seconds = (m: Measured) => ({ seconds: m.ms / 1000, samples: m.samples.map((ms) => ms / 1000), maxRssMb: m.maxRssMb });
const report = {
  date: new Date().toISOString(),
  data: { dir: data, files: files.length, rows, cells: parseFloor.cells },
  repeat,
  parseFloor: seconds(parseFloor),
  physicalFloor: seconds(physicalFloor),
  fullRun: { ...seconds(full), rowsPerSecond: rows / (full.ms / 1000) },
  fullRunTwoWorkerThreads: { seconds: fullWorkers.ms / 1000, maxRssMb: fullWorkers.maxRssMb },
  fullRunWithDashboard: withDashboard ? { seconds: withDashboard.ms / 1000, maxRssMb: withDashboard.maxRssMb } : null,
  rerunUnchanged: seconds(rerun),
  rerunOneNewFile: seconds(rerunOne),
  // Medians of the ratios of each round (floor and run measured one after the other).
  ratios: {
    fullOverParseFloor,
    fullOverPhysicalFloor,
    rerunOverFull: rerun.ms / full.ms,
    rerunOneOverFull: rerunOne.ms / full.ms,
  },
  goals: { fullOverParseFloor: 0.7, fullOverPhysicalFloorStretch: 3, rerunOneSeconds: 1, maxRssMb: 1024, dashboardSeconds: 60 },
};
const table = [
  ["đo", repeat > 1 ? `giây (trung vị, ${repeat} lần)` : "giây", "RSS đỉnh (MB)"],
  ["ngưỡng đọc exceljs", sRange(parseFloor), parseFloor.maxRssMb?.toFixed(0) ?? "?"],
  ["ngưỡng vật lý", sRange(physicalFloor), physicalFloor.maxRssMb?.toFixed(0) ?? "?"],
  ["capdo run (không trang tổng hợp)", sRange(full), full.maxRssMb?.toFixed(0) ?? "?"],
  ["capdo run, đọc trong 2 luồng phụ", s(fullWorkers.ms), fullWorkers.maxRssMb?.toFixed(0) ?? "?"],
  ["capdo run (có trang tổng hợp)", withDashboard ? s(withDashboard.ms) : "—", withDashboard?.maxRssMb?.toFixed(0) ?? "—"],
  ["chạy lại, không đổi", sRange(rerun), rerun.maxRssMb?.toFixed(0) ?? "?"],
  ["chạy lại, thêm 1 tệp", sRange(rerunOne), rerunOne.maxRssMb?.toFixed(0) ?? "?"],
];
const lines = [
  `Dữ liệu: ${files.length} tệp, ${rows.toLocaleString("vi-VN")} dòng, ${parseFloor.cells.toLocaleString("vi-VN")} ô`,
  ...table.map((r) => `${r[0]!.padEnd(34)} ${r[1]!.padStart(24)} ${r[2]!.padStart(14)}`),
  `dòng/giây (chạy đầy đủ): ${Math.round(report.fullRun.rowsPerSecond).toLocaleString("vi-VN")}`,
  `chạy đầy đủ ÷ ngưỡng exceljs: ${decimal(report.ratios.fullOverParseFloor)} (mục tiêu ≤ 0,7)`,
  `chạy đầy đủ ÷ ngưỡng vật lý: ${decimal(report.ratios.fullOverPhysicalFloor)} (mục tiêu mở rộng ≤ 3)`,
  `chạy lại ÷ chạy đầy đủ: ${decimal(report.ratios.rerunOverFull)}; chạy lại thêm 1 tệp ÷ chạy đầy đủ: ${decimal(report.ratios.rerunOneOverFull)}`,
];
const jsonFile = join(work, "report.json");
writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${lines.join("\n")}\nBáo cáo JSON: ${jsonFile}\n`);
appendFileSync(join(work, "history.jsonl"), `${JSON.stringify(report)}\n`);
