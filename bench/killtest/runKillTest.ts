import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { generate } from "../../pipeline/synth/generate.ts";
import { martFingerprint } from "./martFingerprint.ts";
import { checkArchive } from "./checkArchive.ts";
import { errorMessage } from "../../pipeline/util/errorMessage.ts";

const BIN = fileURLToPath(new URL("../../bin/capdo.js", import.meta.url));
const PUBLISH_PAUSE_MS = 300;

export interface KillTestOptions {
  runs: number;
  seed: number;
  /** Synthetic agencies per source set (two sets, alternated, so that a publish is visible). */
  agencies: number;
  workDir?: string;
  onRun?: (i: number, line: string) => void;
}

export interface KillTestResult {
  runs: number;
  kills: number;
  completedBeforeKill: number;
  previousKept: number;
  newPublished: number;
  corrupted: number;
  provenanceBroken: number;
  staleLocks: number;
  interruptedPublishes: number;
  refusedOrFailed: number;
  killsByPhase: Record<string, number>;
  fullRunSeconds: number;
  problems: string[];
  finalRunOk: boolean;
}

interface RunOutcome {
  killed: boolean;
  code: number | null;
  phase: string;
  stderr: string;
  when: string;
}

/**
 * `kill -9` at random points over many runs of `capdo run` in a child process, on one output folder,
 * alternating between two source sets A and B. After each kill the warehouse must open read-only and
 * hold exactly A's or B's marts (the previous or the new, nothing in between), every SHA-256 it cites
 * must be in the archive, and the next run must recover the dead run's lock. A last unkilled run must
 * succeed. Same seed, same kill times (relative to the measured length of a full run).
 */
export async function runKillTest(options: KillTestOptions): Promise<KillTestResult> {
  const work = options.workDir ?? mkdtempSync(join(tmpdir(), "capdo-killtest-"));
  const sources = [join(work, "A"), join(work, "B")] as const;
  await generate({ out: sources[0], seed: options.seed, agencies: options.agencies, months: 2, start: "2024-08" });
  await generate({ out: sources[1], seed: options.seed + 1, agencies: options.agencies, months: 2, start: "2024-08" });
  const out = join(work, "out");
  const result: KillTestResult = {
    runs: options.runs, kills: 0, completedBeforeKill: 0, previousKept: 0, newPublished: 0, corrupted: 0, provenanceBroken: 0,
    staleLocks: 0, interruptedPublishes: 0, refusedOrFailed: 0, killsByPhase: {}, fullRunSeconds: 0, problems: [], finalRunOk: false,
  };

  // The fingerprints a correct warehouse can have, from complete runs in folders of their own.
  const expected: string[] = [];
  for (const [i, dir] of sources.entries()) {
    const t = performance.now();
    const run = await capdoRun(dir, join(work, `baseline-${i}`), null);
    if (run.code !== 0) throw new Error(`Lần chạy chuẩn trên ${dir} thất bại (mã ${run.code}): ${run.stderr}`);
    const seconds = (performance.now() - t) / 1000;
    result.fullRunSeconds = result.fullRunSeconds === 0 ? seconds : Math.min(result.fullRunSeconds, seconds);
    expected.push((await martFingerprint(join(work, `baseline-${i}`, "capdo.duckdb"))).hash);
  }
  if (expected[0] === expected[1]) throw new Error("Hai bộ nguồn cho cùng kết quả — không phân biệt được bản cũ và bản mới");
  const firstStart = performance.now();
  const first = await capdoRun(sources[0], out, null);
  result.fullRunSeconds = Math.min(result.fullRunSeconds, (performance.now() - firstStart) / 1000);
  if (first.code !== 0) throw new Error(`Lần chạy đầu thất bại: ${first.stderr}`);

  let rng = options.seed >>> 0 || 1;
  const random = () => {
    rng = (Math.imul(rng, 1664525) + 1013904223) >>> 0;
    return rng / 2 ** 32;
  };
  for (let i = 0; i < options.runs; i++) {
    const target = (i + 1) % 2;
    // Half the kills anywhere in a run, half in its last fifth, where the warehouse is built and published.
    const delayMs = (i % 2 === 0 ? random() * 1.05 : 0.8 + random() * 0.25) * result.fullRunSeconds * 1000;
    const runStart = performance.now();
    // Every third run is killed inside the publish step itself (widened by CAPDO_PUBLISH_PAUSE_MS), once its warehouse is built.
    const inPublish = i % 3 === 2;
    const run = inPublish
      ? await capdoRun(sources[target]!, out, random() * 3 * PUBLISH_PAUSE_MS, { CAPDO_PUBLISH_PAUSE_MS: String(PUBLISH_PAUSE_MS) }, "kho dữ liệu:")
      : await capdoRun(sources[target]!, out, delayMs);
    // A run that finished before its kill shows runs are shorter than measured: aim the next kills within its length.
    if (!run.killed && run.code === 0) result.fullRunSeconds = Math.min(result.fullRunSeconds, (performance.now() - runStart) / 1000);
    if (run.killed) {
      result.kills++;
      result.killsByPhase[run.phase] = (result.killsByPhase[run.phase] ?? 0) + 1;
    } else {
      result.completedBeforeKill++;
      if (run.code !== 0) {
        result.refusedOrFailed++;
        result.problems.push(`lần ${i + 1}: capdo thoát với mã ${run.code}: ${run.stderr.trim().split("\n").at(-1)}`);
      }
    }
    if (existsSync(join(out, "capdo.lock"))) result.staleLocks++;
    const journal = existsSync(join(out, "capdo.publish.json"));
    if (journal) result.interruptedPublishes++;
    let state = "";
    try {
      const { hash } = await martFingerprint(join(out, "capdo.duckdb"));
      const built = expected.indexOf(hash);
      if (built < 0) {
        result.corrupted++;
        result.problems.push(`lần ${i + 1}: kho dữ liệu không khớp bản A hay bản B`);
        state = "HỎNG";
      } else if (built === target) {
        result.newPublished++;
        state = "bản mới";
      } else {
        result.previousKept++;
        state = "giữ bản trước";
      }
      const provenance = await checkArchive(out);
      if (provenance.length > 0) {
        result.provenanceBroken++;
        result.problems.push(...provenance.map((p) => `lần ${i + 1}: ${p}`));
      }
    } catch (error) {
      result.corrupted++;
      state = "HỎNG";
      result.problems.push(`lần ${i + 1}: không mở được kho dữ liệu: ${errorMessage(error)}`);
    }
    options.onRun?.(i + 1, `lần ${i + 1}: ${run.killed ? `kill -9 ${run.when} (${run.phase})` : `chạy xong (mã ${run.code})`}${journal ? ", còn nhật ký công bố" : ""} → ${state}`);
  }
  const last = await capdoRun(sources[0], out, null);
  result.finalRunOk = last.code === 0 && !existsSync(join(out, "capdo.lock")) && (await martFingerprint(join(out, "capdo.duckdb"))).hash === expected[0];
  if (!result.finalRunOk) result.problems.push(`lần chạy cuối không trọn vẹn (mã ${last.code}): ${last.stderr.trim()}`);
  return result;
}

/**
 * `capdo run` in a child process; with `killAfterMs`, SIGKILL that long after the start (or after
 * `afterMarker` appears on stderr) unless it has already exited.
 */
function capdoRun(sourcesDir: string, outDir: string, killAfterMs: number | null, env: Record<string, string> = {}, afterMarker: string | null = null): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "run", "--sources", sourcesDir, "--out", outDir, "--no-dashboard", "--quiet"], {
      env: { ...process.env, CAPDO_TIMING: "1", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let killed = false;
    let timer: NodeJS.Timeout | null = null;
    const arm = () => {
      timer = setTimeout(() => {
        if (child.exitCode === null) killed = child.kill("SIGKILL");
      }, killAfterMs!);
    };
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      if (afterMarker !== null && timer === null && killAfterMs !== null && stderr.includes(afterMarker)) arm();
    });
    if (afterMarker === null && killAfterMs !== null) arm();
    child.on("error", reject);
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      // CAPDO_TIMING lines tell how far the run got: reading, building the warehouse, or publishing.
      const phase = stderr.includes("kho dữ liệu:") ? "sau khi dựng kho, khi công bố" : stderr.includes("đọc tệp:") ? "khi dựng kho dữ liệu" : "khi khởi động hoặc đọc tệp";
      const when = `${Math.round(killAfterMs ?? 0)} ms sau ${afterMarker === null ? "khi bắt đầu" : "khi dựng xong kho"}`;
      resolve({ killed: killed && code === null, code, phase, stderr, when });
    });
  });
}

