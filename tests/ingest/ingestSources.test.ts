import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestSources } from "../../pipeline/ingest/ingestSources.ts";
import type { PreviousSource } from "../../pipeline/ingest/PreviousSource.ts";
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
