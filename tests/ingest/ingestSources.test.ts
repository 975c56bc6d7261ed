import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestSources } from "../../pipeline/ingest/ingestSources.ts";
import type { KnownHash, PreviousSource } from "../../pipeline/ingest/PreviousSource.ts";
import { fileStatKey } from "../../pipeline/ingest/fileStatKey.ts";
import { readerFingerprint } from "../../pipeline/ingest/readerFingerprint.ts";
import { loadRegistry } from "../../pipeline/registry/index.ts";

const SAMPLES = fileURLToPath(new URL("../../../shared/samples/submissions", import.meta.url));
const registry = loadRegistry();

describe.skipIf(!existsSync(SAMPLES))("ingestSources: worker threads and files unchanged since the previous run", () => {
  it("gives the same result in worker threads as in this thread", async () => {
    const inThread = await ingestSources(SAMPLES, registry, { workers: 0 });
    const inWorkers = await ingestSources(SAMPLES, registry, { workers: 2 });
    expect(inWorkers).toEqual(inThread);
    expect(inThread.systems.length).toBeGreaterThan(2000);
  }, 120_000);

  it("parses again only the files whose path or bytes changed since the previous run, numbering submissions as a fresh parse does", async () => {
    const cold = await ingestSources(SAMPLES, registry, { workers: 0 });
    const previous = new Map<string, PreviousSource>();
    for (const record of cold.files) {
      if (record.duplicateOf || (record.status !== "loaded" && record.status !== "rejected") || !record.sha256) continue;
      const ids = cold.submissions.filter((s) => s.file === record.file).map((s) => s.submissionId);
      previous.set(record.file, {
        sha256: record.sha256, status: record.status, reasonCode: record.reasonCode, message: record.message,
        rowsRead: record.rowsRead, rowsLoaded: record.rowsLoaded, rowsSetAside: record.rowsSetAside,
        firstSubmissionId: ids[0] ?? 0, submissions: ids.length,
      });
    }
    // One file "changed": its previous bytes differ, so it is parsed again; every other parsed file is reused.
    const changed = [...previous.keys()][5]!;
    previous.set(changed, { ...previous.get(changed)!, sha256: "0".repeat(64) });
    const warm = await ingestSources(SAMPLES, registry, { workers: 0, previous });
    expect(warm.reused.map((r) => r.file)).toEqual([...previous.keys()].filter((f) => f !== changed));
    expect(warm.files).toEqual(cold.files);
    // Reused files keep the ids a fresh parse gives them, so the copied rows line up with the parsed ones.
    for (const reuse of warm.reused) {
      const ids = cold.submissions.filter((s) => s.file === reuse.file).map((s) => s.submissionId);
      expect(reuse.firstSubmissionId).toBe(ids[0] ?? reuse.firstSubmissionId);
      expect(reuse.submissions).toBe(ids.length);
    }
    expect(warm.submissions).toEqual(cold.submissions.filter((s) => s.file === changed));
    expect(readerFingerprint({ extra: "other settings" })).not.toBe(readerFingerprint());
  }, 120_000);
});

describe("ingestSources: a file edited while the run reads it", () => {
  const CSV = "Cơ quan báo cáo,Tỉnh Bắc Ninh\nKỳ báo cáo,Tháng 07 năm 2024\nNgày báo cáo,15-07-2024\n\n"
    + "STT,Tên hệ thống thông tin,Cấp độ,Tình trạng phê duyệt HSĐXCĐ,Triển khai phương án\n1,Cổng dịch vụ công,3,Đã phê duyệt,Đầy đủ\n";

  async function editedWhileRead(keptForParsingBytes: number | undefined) {
    const dir = mkdtempSync(join(tmpdir(), "capdo-edited-"));
    const path = join(dir, "bao-cao.csv");
    writeFileSync(path, CSV);
    const kept: Buffer[] = [];
    const result = await ingestSources(dir, registry, {
      workers: 0,
      ...(keptForParsingBytes === undefined ? {} : { keptForParsingBytes }),
      // Called once the file is hashed, before it is parsed: the agency saves a new version just then.
      keep: async (_sha, data) => {
        kept.push(Buffer.from(data));
        writeFileSync(path, CSV.replace("Cổng dịch vụ công", "Cổng dịch vụ công (sửa)"));
      },
    });
    return { result, kept };
  }

  it("parses the bytes it hashed and archived when it kept them", async () => {
    const { result, kept } = await editedWhileRead(undefined);
    expect(kept.map((k) => k.toString("utf8"))).toEqual([CSV]);
    expect(result.files[0]).toMatchObject({ status: "loaded", sha256: createHash("sha256").update(CSV).digest("hex"), rowsLoaded: 1 });
    expect(result.systems.map((s) => s.systemName)).toEqual(["Cổng dịch vụ công"]);
  });

  it("sets the file aside, never parsing other bytes than it archived, when it read it again", async () => {
    const { result } = await editedWhileRead(0);
    expect(result.files[0]).toMatchObject({ status: "rejected", reasonCode: "changed_during_run" });
    expect(result.systems).toEqual([]);
  });
});

describe("ingestSources: files unchanged on disk since the previous run are not read again", () => {
  const row = (name: string) => `Cơ quan báo cáo,Tỉnh Bắc Ninh\nKỳ báo cáo,Tháng 07 năm 2024\nNgày báo cáo,15-07-2024\n\n`
    + `STT,Tên hệ thống thông tin,Cấp độ,Tình trạng phê duyệt HSĐXCĐ,Triển khai phương án\n1,${name},3,Đã phê duyệt,Đầy đủ\n`;
  // The margin is shortened (and waited out) so that files written by the test count as settled.
  const MARGIN_MS = 40;
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");
  const hashesOf = (files: { file: string; sha256: string | null; statKey: string | null }[]) =>
    new Map<string, KnownHash>(files.filter((f) => f.sha256 && f.statKey).map((f) => [f.file, { sha256: f.sha256!, statKey: f.statKey! }]));

  async function settledFolder(): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), "capdo-stat-"));
    writeFileSync(join(dir, "a.csv"), row("Cổng dịch vụ công"));
    writeFileSync(join(dir, "b.csv"), row("Hệ thống một cửa"));
    await sleep(MARGIN_MS * 3);
    return dir;
  }

  it("takes the previous SHA-256 of a file whose stat key is unchanged, without reading it", async () => {
    const dir = await settledFolder();
    const first = await ingestSources(dir, registry, { workers: 0, statTrustMarginMs: MARGIN_MS });
    expect(first.hashesTrusted).toBe(0);
    expect(first.files.map((f) => f.statKey)).toEqual([expect.any(String), expect.any(String)]);
    const again = await ingestSources(dir, registry, { workers: 0, statTrustMarginMs: MARGIN_MS, previousHashes: hashesOf(first.files) });
    expect(again.hashesTrusted).toBe(2);
    expect(again.files).toEqual(first.files);
    expect(again.systems.map((s) => s.systemName)).toEqual(["Cổng dịch vụ công", "Hệ thống một cửa"]);
    // Proof that it was not read: a (deliberately wrong) previous hash is taken as is, then caught when the file is parsed.
    const told = hashesOf(first.files);
    told.set("a.csv", { ...told.get("a.csv")!, sha256: "f".repeat(64) });
    const trusting = await ingestSources(dir, registry, { workers: 0, statTrustMarginMs: MARGIN_MS, previousHashes: told });
    expect(trusting.files[0]).toMatchObject({ sha256: "f".repeat(64), status: "rejected", reasonCode: "changed_during_run" });
  });

  it("reads again a file rewritten with the same size and its modification time put back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capdo-stat-"));
    const path = join(dir, "a.csv");
    writeFileSync(path, row("Cổng dịch vụ công"));
    writeFileSync(join(dir, "b.csv"), row("Hệ thống một cửa"));
    // A whole second, which utimes sets exactly (it cannot set nanoseconds back).
    const stamp = new Date("2024-07-15T08:00:00Z");
    utimesSync(path, stamp, stamp);
    await sleep(MARGIN_MS * 3);
    const first = await ingestSources(dir, registry, { workers: 0, statTrustMarginMs: MARGIN_MS });
    const before = statSync(path, { bigint: true });
    const edited = row("Cổng dịch vụ công").replace(",3,", ",2,"); // level 3 → 2: same byte length
    writeFileSync(path, edited);
    utimesSync(path, stamp, stamp);
    const after = statSync(path, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
    await sleep(MARGIN_MS * 3);
    const again = await ingestSources(dir, registry, { workers: 0, statTrustMarginMs: MARGIN_MS, previousHashes: hashesOf(first.files) });
    expect(again.hashesTrusted).toBe(1);
    expect(again.files[0]).toMatchObject({ file: "a.csv", sha256: sha(edited), status: "loaded" });
    expect(again.systems.map((s) => [s.systemName, s.level])).toEqual([["Cổng dịch vụ công", 2], ["Hệ thống một cửa", 3]]);
  });

  it("gives no stat key to a file changed moments before it was hashed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capdo-stat-"));
    writeFileSync(join(dir, "a.csv"), row("Cổng dịch vụ công"));
    const result = await ingestSources(dir, registry, { workers: 0 });
    expect(result.files[0]!.statKey).toBeNull();
    const stat = statSync(join(dir, "a.csv"), { bigint: true });
    const changed = Number(stat.ctimeNs / 1_000_000n);
    expect(fileStatKey(stat, changed + 2999)).toBeNull();
    expect(fileStatKey(stat, changed + 3001)).toBe(`${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`);
  });

  it("reads the file when its content is not kept (archived) under that hash", async () => {
    const dir = await settledFolder();
    const first = await ingestSources(dir, registry, { workers: 0, statTrustMarginMs: MARGIN_MS });
    const kept: string[] = [];
    const again = await ingestSources(dir, registry, {
      workers: 0, statTrustMarginMs: MARGIN_MS, previousHashes: hashesOf(first.files),
      keep: async (sha256) => void kept.push(sha256),
      isKept: (sha256) => sha256 === first.files[1]!.sha256,
    });
    expect(again.hashesTrusted).toBe(1);
    expect(kept).toEqual([first.files[0]!.sha256]);
  });
});
