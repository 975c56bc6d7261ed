import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestSources } from "../../pipeline/ingest/ingestSources.ts";
import { openParseCache } from "../../pipeline/ingest/parseCache.ts";
import { readerFingerprint } from "../../pipeline/ingest/readerFingerprint.ts";
import { loadRegistry } from "../../pipeline/registry/index.ts";

const SAMPLES = fileURLToPath(new URL("../../../shared/samples/submissions", import.meta.url));
const registry = loadRegistry();

describe.skipIf(!existsSync(SAMPLES))("ingestSources: worker threads and the parse cache", () => {
  it("gives the same result in worker threads as in this thread", async () => {
    const inThread = await ingestSources(SAMPLES, registry, { workers: 0 });
    const inWorkers = await ingestSources(SAMPLES, registry, { workers: 2 });
    expect(inWorkers).toEqual(inThread);
    expect(inThread.systems.length).toBeGreaterThan(2000);
  }, 120_000);

  it("parses a file again only when its path, bytes or the reader change", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capdo-cache-"));
    const fingerprint = readerFingerprint();
    const first = openParseCache(dir, fingerprint);
    let written = 0;
    const counting = { get: first.get, set: (...args: Parameters<typeof first.set>) => { written++; first.set(...args); } };
    const cold = await ingestSources(SAMPLES, registry, { workers: 0, cache: counting });
    expect(written).toBe(77); // 78 files, one of them a byte-identical copy: not parsed
    written = 0;
    const warm = await ingestSources(SAMPLES, registry, { workers: 0, cache: counting });
    expect(written).toBe(0);
    expect(warm).toEqual(cold);
    const other = openParseCache(dir, `${fingerprint}-changed-reader`);
    expect(other.get(cold.files[0]!.file, cold.files[0]!.sha256!)).toBeNull();
    expect(readerFingerprint({ extra: "other settings" })).not.toBe(fingerprint);
  }, 120_000);
});
