import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { acquireOutputLock } from "../../pipeline/publish/acquireOutputLock.ts";
import { publishArtefacts } from "../../pipeline/publish/publishArtefacts.ts";
import { recoverPublish } from "../../pipeline/publish/recoverPublish.ts";
import { archiveSource } from "../../pipeline/publish/archiveSource.ts";
import { createArchiveKeeper } from "../../pipeline/publish/createArchiveKeeper.ts";
import { processStartTime } from "../../pipeline/publish/processStartTime.ts";
import { generate } from "../../pipeline/synth/generate.ts";

const BIN = fileURLToPath(new URL("../../bin/capdo.js", import.meta.url));
const temp = (p: string) => mkdtempSync(join(tmpdir(), `capdo-${p}-`));
const writeLock = (dir: string, holder: Record<string, unknown>) =>
  writeFileSync(join(dir, "capdo.lock"), JSON.stringify({ host: hostname(), startedAt: "2026-11-22T08:00:00Z", token: "t-old", processStart: null, command: "run", ...holder }));
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

describe("one writer per output folder", () => {
  it("refuses a second writer with a Vietnamese message naming the holder, and frees the folder on release", () => {
    const out = temp("lock");
    const lock = acquireOutputLock(out, "run");
    expect(() => acquireOutputLock(out, "build")).toThrow(new RegExp(`đang được một lần chạy capdo khác ghi \\(lệnh "run", tiến trình ${process.pid} trên máy`));
    lock.release();
    expect(existsSync(join(out, "capdo.lock"))).toBe(false);
    acquireOutputLock(out).release();
  });

  it("recovers the lock of a process that died (kill -9, crash), and of a pid since reused by another process", () => {
    const out = temp("stale");
    writeLock(out, { pid: deadPid() });
    const lock = acquireOutputLock(out);
    expect(JSON.parse(readFileSync(join(out, "capdo.lock"), "utf8")).pid).toBe(process.pid);
    lock.release();
    writeLock(out, { pid: process.ppid, processStart: "1" }); // a live pid, but not the process that took the lock
    acquireOutputLock(out).release();
  });

  it("keeps the lock of a live holder, then takes it once the holder is gone", async () => {
    const out = temp("live");
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    await new Promise((r) => child.once("spawn", r));
    writeLock(out, { pid: child.pid, processStart: processStartTime(child.pid!) });
    expect(() => acquireOutputLock(out)).toThrow(`tiến trình ${child.pid}`);
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    acquireOutputLock(out).release();
  });

  it("a lock lost to another writer is noticed before anything is published", () => {
    const out = temp("lost");
    const lock = acquireOutputLock(out);
    writeLock(out, { pid: process.pid, token: "someone-else" });
    writeFileSync(join(out, "x.building"), "new");
    expect(() => publishArtefacts(out, [{ built: join(out, "x.building"), final: join(out, "x") }], lock)).toThrow("Mất khóa thư mục kết quả");
    expect(existsSync(join(out, "x"))).toBe(false);
  });

  it("two capdo runs on one output folder: the second refuses with the message, the first completes", { timeout: 120_000 }, async () => {
    const work = temp("two");
    await generate({ out: join(work, "src"), seed: 3, agencies: 6, months: 1, start: "2024-08" });
    const out = join(work, "out");
    // The first run holds its lock a few seconds longer (a pause inside publishing), however loaded the machine.
    const first = spawn(process.execPath, [BIN, "run", "--sources", join(work, "src"), "--out", out, "--no-dashboard"], { stdio: "ignore", env: { ...process.env, CAPDO_PUBLISH_PAUSE_MS: "2500" } });
    const firstExit = new Promise<number | null>((r) => first.once("exit", r));
    while (!existsSync(join(out, "capdo.lock"))) await new Promise((r) => setTimeout(r, 20));
    const second = spawnSync(process.execPath, [BIN, "run", "--sources", join(work, "src"), "--out", out, "--no-dashboard"], { encoding: "utf8" });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`đang được một lần chạy capdo khác ghi (lệnh "run", tiến trình ${first.pid}`);
    expect(await firstExit).toBe(0);
    expect(existsSync(join(out, "capdo.lock"))).toBe(false);
    expect(existsSync(join(out, "capdo.duckdb"))).toBe(true);
  });
});

describe("publishing: built aside, swapped in together, completed after a crash", () => {
  const setUp = () => {
    const out = temp("publish");
    writeFileSync(join(out, "capdo.duckdb"), "old warehouse");
    writeFileSync(join(out, "capdo.duckdb.building"), "new warehouse");
    mkdirSync(join(out, "site"));
    writeFileSync(join(out, "site", "index.html"), "old site");
    mkdirSync(join(out, "site.building"));
    writeFileSync(join(out, "site.building", "index.html"), "new site");
    const artefacts = [
      { built: join(out, "capdo.duckdb.building"), final: join(out, "capdo.duckdb") },
      { built: join(out, "site.building"), final: join(out, "site") },
    ];
    return { out, artefacts, read: () => [readFileSync(join(out, "capdo.duckdb"), "utf8"), readFileSync(join(out, "site", "index.html"), "utf8")] };
  };

  it("swaps every artefact in, files and folders, and leaves no journal", () => {
    const { out, artefacts, read } = setUp();
    const lock = acquireOutputLock(out);
    publishArtefacts(out, artefacts, lock);
    lock.release();
    expect(read()).toEqual(["new warehouse", "new site"]);
    expect(readdirSync(out).sort()).toEqual(["capdo.duckdb", "site"]);
  });

  it("a crash after the journal, at any step of the swaps, is completed by the next run", () => {
    const crashes: ((out: string) => void)[] = [
      () => {}, // journal written, nothing swapped
      (out) => spawnSync("mv", [join(out, "capdo.duckdb.building"), join(out, "capdo.duckdb")]), // warehouse swapped, site not
      (out) => { // warehouse swapped, old site moved aside, new site not yet in place: no site at all
        spawnSync("mv", [join(out, "capdo.duckdb.building"), join(out, "capdo.duckdb")]);
        spawnSync("mv", [join(out, "site"), join(out, "site.previous")]);
      },
    ];
    for (const crash of crashes) {
      const { out, artefacts, read } = setUp();
      writeFileSync(join(out, "capdo.publish.json"), JSON.stringify({ artefacts }));
      crash(out);
      expect(recoverPublish(out)).toBeGreaterThan(0);
      expect(read()).toEqual(["new warehouse", "new site"]);
      expect(readdirSync(out).sort()).toEqual(["capdo.duckdb", "site"]);
    }
  });

  it("without a journal nothing is swapped in: a half-built artefact is the next run's to rebuild", () => {
    const { out, read } = setUp();
    expect(recoverPublish(out)).toBe(0);
    expect(read()).toEqual(["old warehouse", "old site"]);
  });
});

describe("the archive", () => {
  it("keeps each content once, under its SHA-256, whole and read-only; interrupted writes are cleared", async () => {
    const out = temp("archive");
    const data = Buffer.from("Báo cáo BM-01");
    const sha = createHash("sha256").update(data).digest("hex");
    await archiveSource(join(out, "archive"), sha, data);
    await archiveSource(join(out, "archive"), sha, data);
    // Two writes of one new content at once (they are asynchronous) do not trip over each other.
    const other = Buffer.from("Báo cáo BM-02");
    const otherSha = createHash("sha256").update(other).digest("hex");
    await Promise.all([archiveSource(join(out, "archive"), otherSha, other), archiveSource(join(out, "archive"), otherSha, other)]);
    expect(readFileSync(join(out, "archive", otherSha))).toEqual(other);
    rmSync(join(out, "archive", otherSha), { force: true });
    expect(readdirSync(join(out, "archive"))).toEqual([sha]);
    expect(readFileSync(join(out, "archive", sha))).toEqual(data);
    expect(statSync(join(out, "archive", sha)).mode & 0o222).toBe(0);
    writeFileSync(join(out, "archive", `${sha}.tmp-999999`), "half");
    writeFileSync(join(out, "archive", `${sha}.tmp-999999-7`), "half");
    writeFileSync(join(out, "archive", `${sha}.tmp-999999-1-7`), "half"); // written by a worker thread
    recoverPublish(out);
    expect(readdirSync(join(out, "archive"))).toEqual([sha]);
  });

  it("keeps files in a worker thread beyond the first few, as whole and read-only as in this thread", async () => {
    const dir = join(temp("keeper"), "archive");
    const keeper = createArchiveKeeper(dir, { inThreadUpTo: 2 });
    const files = Array.from({ length: 6 }, (_, i) => Buffer.from(`Báo cáo số ${i}`.repeat(i + 1)));
    const shas = files.map((f) => createHash("sha256").update(f).digest("hex"));
    try {
      // The same content twice (one in this thread, one in the worker) is kept once.
      await Promise.all([...files.map((f, i) => keeper.keep(shas[i]!, f)), keeper.keep(shas[0]!, files[0]!)]);
    } finally {
      await keeper.close();
    }
    expect(readdirSync(dir).sort()).toEqual([...shas].sort());
    shas.forEach((sha, i) => {
      expect(readFileSync(join(dir, sha))).toEqual(files[i]);
      expect(statSync(join(dir, sha)).mode & 0o222).toBe(0);
    });
  });

  it("fails a keep with what went wrong in the worker thread", async () => {
    const root = temp("keeper");
    writeFileSync(join(root, "archive"), "a file where the archive folder should be");
    const keeper = createArchiveKeeper(join(root, "archive"), { inThreadUpTo: 0 });
    try {
      await expect(keeper.keep("a".repeat(64), Buffer.from("x"))).rejects.toThrow(/ENOTDIR|EEXIST/);
    } finally {
      await keeper.close();
    }
  });
});
