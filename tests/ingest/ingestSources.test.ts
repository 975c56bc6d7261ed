import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
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
