import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { generate } from "../../pipeline/synth/generate.ts";
import { readerFingerprint } from "../../pipeline/ingest/readerFingerprint.ts";
import { readPreviousWarehouse } from "../../pipeline/warehouse/readPreviousWarehouse.ts";

const readPreviousSources = async (db: string, fingerprint: string) => (await readPreviousWarehouse(db, fingerprint)).sources;
import { runInto } from "../helpers/runInto.ts";
import { queryWarehouse } from "../helpers/queryWarehouse.ts";

/** What a re-run may reuse: only files the same reader parsed, never duplicates, never an older warehouse's rows. */
describe("readPreviousSources", () => {
  const work = mkdtempSync(join(tmpdir(), "capdo-previous-"));
  let db = "";
  beforeAll(async () => {
    await generate({ out: join(work, "sources"), seed: 20241101, agencies: 6, months: 2, start: "2024-08" });
    db = await runInto(join(work, "sources"), join(work, "out"));
  }, 120_000);

  it("gives every parsed file with its bytes, outcome and contiguous submission ids, under the reader that parsed them", async () => {
    const [run] = await queryWarehouse(db, "select reader_fingerprint from run_info");
    const previous = await readPreviousSources(db, String(run!.reader_fingerprint));
    const parsed = await queryWarehouse(db, `select f.file, f.sha256, f.status, count(s.submission_id) as n, min(s.submission_id) as first
      from source_files f left join source_submissions s using (file)
      where f.duplicate_of is null and f.status in ('loaded', 'rejected') group by all order by f.file`);
    expect([...previous.keys()].sort()).toEqual(parsed.map((r) => r.file));
    for (const r of parsed) {
      expect(previous.get(String(r.file))).toMatchObject({ sha256: r.sha256, status: r.status, submissions: Number(r.n), firstSubmissionId: Number(r.first ?? 0) });
    }
    expect(previous.size).toBeGreaterThan(5);
  });

  it("gives nothing for another reader, a warehouse without a reader fingerprint, or no warehouse", async () => {
    expect((await readPreviousSources(db, readerFingerprint({ extra: "other limits" }))).size).toBe(0);
    expect((await readPreviousSources(join(work, "missing.duckdb"), "x")).size).toBe(0);
    const older = join(work, "older.duckdb");
    const instance = await DuckDBInstance.create(older);
    const connection = await instance.connect();
    await connection.run("create table run_info (run_started_at timestamp, run_date date, sources_dir varchar, capdo_version varchar)");
    connection.closeSync();
    instance.closeSync();
    expect((await readPreviousSources(older, "x")).size).toBe(0);
  });
});
