import { beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { runPipeline } from "./helpers/runPipeline.ts";
import { queryWarehouse } from "./helpers/queryWarehouse.ts";
import { readCsvFile } from "./helpers/readCsvFile.ts";

const SAMPLES = fileURLToPath(new URL("../../shared/samples", import.meta.url));
const EXPECTED = join(SAMPLES, "expected");

const rate = (v: unknown) => (v === null || v === undefined ? "" : (Math.round(Number(v) * 1e6) / 1e6).toFixed(6));
const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

describe.skipIf(!existsSync(SAMPLES))("the shared samples against their answer key", () => {
  let db: string;
  beforeAll(async () => {
    db = await runPipeline(join(SAMPLES, "submissions"));
  }, 120_000);

  it("agency_period has exactly the key's rows, counts, rates and ranks", async () => {
    const expected = readCsvFile(join(EXPECTED, "agency_period.csv"));
    const columns = Object.keys(expected[0]!);
    const rows = await queryWarehouse(db, `select ${columns.join(", ")} from agency_period order by period, agency_group, agency_code`);
    const actual = rows.map((r) =>
      Object.fromEntries(columns.map((c) => [c, c.endsWith("_rate") ? rate(r[c]) : str(r[c])])),
    );
    expect(actual).toEqual(expected);
  });

  it("group_period has exactly the key's rows", async () => {
    const expected = readCsvFile(join(EXPECTED, "group_period.csv"));
    const columns = Object.keys(expected[0]!);
    const rows = await queryWarehouse(db, `select ${columns.join(", ")} from group_period`);
    const actual = rows.map((r) => Object.fromEntries(columns.map((c) => [c, c.endsWith("_rate") ? rate(r[c]) : str(r[c])])));
    const key = (r: Record<string, string>) => `${r.period}|${r.agency_group}`;
    expect(actual.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
  });

  it("agency_period_restated before each agency's formation is the key's restatement on 2025 boundaries", async () => {
    const expected = readCsvFile(join(EXPECTED, "restated_2025.csv"));
    const columns = Object.keys(expected[0]!);
    const rows = await queryWarehouse(db, `select ${columns.join(", ")} from agency_period_restated
      where (agency_group = 'bo_nganh' and period <= '2025-02') or (agency_group = 'dia_phuong' and period <= '2025-06')
      order by period, agency_group, agency_code`);
    const actual = rows.map((r) => Object.fromEntries(columns.map((c) => [c, c.endsWith("_rate") ? rate(r[c]) : str(r[c])])));
    expect(actual).toEqual(expected);
  });

  it("sets aside exactly the key's files, each with a message", async () => {
    const expected = readCsvFile(join(EXPECTED, "rejected_files.csv")).map((r) => r.file).sort();
    const rows = await queryWarehouse(db, "select file, reason_code, message from rejected_files order by file");
    expect(rows.map((r) => r.file)).toEqual(expected);
    for (const r of rows) expect(String(r.message).length).toBeGreaterThan(20);
  });

  it("sets aside exactly the key's rows, each with a reason", async () => {
    const expected = readCsvFile(join(EXPECTED, "rejected_rows.csv")).map((r) => `${r.file}|${r.sheet}|${r.row}`).sort();
    const rows = await queryWarehouse(db, `select file, sheet, "row", message from rejected_rows`);
    expect(rows.map((r) => `${r.file}|${str(r.sheet)}|${r.row}`).sort()).toEqual(expected);
  });

  it("skips exactly the key's skipped files", async () => {
    const expected = readCsvFile(join(EXPECTED, "skipped_files.csv")).map((r) => r.file).sort();
    const rows = await queryWarehouse(db, "select file from skipped_files order by file");
    expect(rows.map((r) => r.file)).toEqual(expected);
  });

  it("writes the key's notes (file and kind)", async () => {
    const expected = readCsvFile(join(EXPECTED, "notes.csv")).map((r) => `${r.file}|${r.kind}`).sort();
    const rows = await queryWarehouse(db, "select file, code from notes");
    expect(rows.map((r) => `${r.file}|${r.code}`).sort()).toEqual(expected);
  });

  it("submission_status matches the key (quarterly = not_due), with reporters = the agencies that reported", async () => {
    const expected = readCsvFile(join(EXPECTED, "submission_status.csv"))
      .map((r) => `${r.agency_code}|${r.period}|${r.status === "quarterly" ? "not_due" : r.status}|${r.days_late}`).sort();
    const rows = await queryWarehouse(db, `select agency_code, period, status, days_late from submission_status
      where agency_code in (select agency_code from agency_period)`);
    expect(rows.map((r) => `${r.agency_code}|${r.period}|${r.status}|${str(r.days_late)}`).sort()).toEqual(expected);
  });

  it("rate_audit sets every stated rate and total beside what the counts support; its mismatches are the notes'", async () => {
    const mismatches = await queryWarehouse(db, `select file, "row" from rate_audit where is_mismatch and figure_kind = 'rate' order by file, "row"`);
    const notes = await queryWarehouse(db, `select file, "row" from notes where code = 'stated-rate-mismatch' order by file, "row"`);
    expect(mismatches).toEqual(notes);
    const totals = await queryWarehouse(db, `select figure, stated_value, supported_value, difference, round(
        (select supported_value from rate_audit where file = r.file and "row" = r."row" and figure = 'approval_rate'), 2) as approval_rate_supported
      from rate_audit as r where file = 'batch-2/TongHop_CucATTT-552.xlsx' and label = 'Tổng cộng' and figure_kind = 'count' order by figure`);
    expect(totals).toEqual([
      { figure: "approved_systems", stated_value: 589, supported_value: 589, difference: 0, approval_rate_supported: 67.86 },
      { figure: "implemented_systems", stated_value: 181, supported_value: 181, difference: 0, approval_rate_supported: 67.86 },
      { figure: "total_systems", stated_value: 868, supported_value: 868, difference: 0, approval_rate_supported: 67.86 },
    ]);
  });

  it("accounts for every row of every file: read = loaded + set aside", async () => {
    const rows = await queryWarehouse(db, "select file, rows_read, rows_loaded, rows_set_aside from source_files");
    expect(rows.length).toBe(78);
    for (const r of rows) expect(Number(r.rows_read)).toBe(Number(r.rows_loaded) + Number(r.rows_set_aside));
  });
});
