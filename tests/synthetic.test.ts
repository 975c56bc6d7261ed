import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../pipeline/synth/generate.ts";
import { runPipeline } from "./helpers/runPipeline.ts";
import { queryWarehouse } from "./helpers/queryWarehouse.ts";
import { readCsvFile } from "./helpers/readCsvFile.ts";

/**
 * The pipeline on generated submissions (other messy files than the samples, across the 2025
 * mergers) against the generator's own ground truth, computed from what each file was made to say.
 */
describe.each([
  { seed: 20240701, agencies: 24, months: 3, start: "2024-07" },
  { seed: 7, agencies: 40, months: 6, start: "2025-03" },
])("synthetic submissions (seed $seed, $agencies agencies, $months months from $start)", (options) => {
  let db: string;
  let expected: string;
  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), "capdo-synth-")), "sources");
    await generate({ out, ...options });
    expected = `${out}-expected`;
    db = await runPipeline(out);
  }, 180_000);

  it("loads exactly the expected counts for every agency and period", async () => {
    const truth = readCsvFile(join(expected, "agency_period.csv"));
    const columns = Object.keys(truth[0]!);
    const rows = await queryWarehouse(db, `select ${columns.join(", ")} from agency_period order by period, agency_group, agency_code`);
    const key = (r: Record<string, unknown>) => `${r.period}|${r.agency_group}|${r.agency_code}`;
    expect(rows.map((r) => Object.fromEntries(columns.map((c) => [c, String(r[c])]))))
      .toEqual([...truth].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));
  });

  it("sets aside exactly the expected files and rows, and skips the rest", async () => {
    const files = readCsvFile(join(expected, "rejected_files.csv")).map((r) => r.file).sort();
    expect((await queryWarehouse(db, "select file from rejected_files order by file")).map((r) => r.file)).toEqual(files);
    const rows = readCsvFile(join(expected, "rejected_rows.csv")).map((r) => `${r.file}|${r.sheet}|${r.row}`).sort();
    const actual = await queryWarehouse(db, `select file, sheet, "row" from rejected_rows`);
    expect(actual.map((r) => `${r.file}|${r.sheet ?? ""}|${r.row}`).sort()).toEqual(rows);
    const skipped = readCsvFile(join(expected, "skipped_files.csv")).map((r) => r.file).sort();
    expect((await queryWarehouse(db, "select file from skipped_files order by file")).map((r) => r.file)).toEqual(skipped);
  });

  it("accounts for every row of every file", async () => {
    const bad = await queryWarehouse(db, "select file from source_files where rows_read <> rows_loaded + rows_set_aside");
    expect(bad).toEqual([]);
  });
});
