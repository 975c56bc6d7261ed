import { beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../../pipeline/synth/generate.ts";
import { checkArchive } from "../../bench/killtest/checkArchive.ts";
import { runInto, runIntoWithSummary } from "../helpers/runInto.ts";
import { martRows } from "../helpers/martRows.ts";
import { queryWarehouse } from "../helpers/queryWarehouse.ts";
import { textFile } from "../helpers/textFile.ts";
import { listSourceFiles } from "../../pipeline/ingest/listSourceFiles.ts";
import { STAT_TRUST_MARGIN_MS } from "../../pipeline/ingest/fileStatKey.ts";

async function allRows(dbPath: string, table: string): Promise<string[]> {
  const rows = await queryWarehouse(dbPath, `select * from ${table}`);
  return rows.map((r) => JSON.stringify(r, (_, v) => (typeof v === "bigint" ? v.toString() : v))).sort();
}

/**
 * Re-runs on one output folder: the same sources give the same marts, row for row; a byte-identical
 * copy changes nothing but its own duplicate record; a resubmission changes only what it supersedes.
 * Every SHA-256 the warehouse cites is a file in OUT/archive with that content.
 */
describe("re-runs on the same output folder", () => {
  const work = mkdtempSync(join(tmpdir(), "capdo-rerun-"));
  const sources = join(work, "sources");
  const out = join(work, "out");
  let db = "";
  let first: Record<string, string[]> = {};
  beforeAll(async () => {
    await generate({ out: sources, seed: 20241001, agencies: 10, months: 2, start: "2024-08" });
    db = await runInto(sources, out);
    first = await martRows(db);
  }, 120_000);

  it("the same sources give identical contents in every mart", async () => {
    expect(await runInto(sources, out)).toBe(db);
    const second = await martRows(db);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    for (const mart of Object.keys(first)) expect(second[mart], mart).toEqual(first[mart]);
    expect(Object.values(first).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(100);
  });

  it("a byte-identical copy of a file changes nothing but the copy's own duplicate record", async () => {
    const [original] = await queryWarehouse(db, "select file from source_files where status = 'loaded' order by file limit 1");
    const copy = `zz-copies/${String(original!.file).split("/").at(-1)}`;
    mkdirSync(join(sources, "zz-copies"));
    copyFileSync(join(sources, String(original!.file)), join(sources, copy));
    await runInto(sources, out);
    const after = await martRows(db);
    for (const mart of Object.keys(first)) {
      expect(after[mart]!.filter((row) => !row.includes(JSON.stringify(copy).slice(1, -1))), mart).toEqual(first[mart]);
    }
    expect(await queryWarehouse(db, `select status, duplicate_of from source_files where file = '${copy}'`)).toEqual([{ status: "duplicate", duplicate_of: original!.file }]);
    first = after;
  });

  it("a resubmission changes only the report it supersedes (and the ranks it moves)", async () => {
    const [target] = await queryWarehouse(db, `select agency_code, period, total_systems, cast(report_date as varchar) as report_date, source_file
      from agency_period where source_form = 'BM-01' and report_date is not null order by period, agency_code limit 1`);
    const { agency_code: code, period } = target as { agency_code: string; period: string };
    const total = Number(target!.total_systems);
    const [year, month] = period.split("-");
    const file = `zz-resubmissions/BM01_${code}_${period}.csv`;
    mkdirSync(join(sources, "zz-resubmissions"));
    writeFileSync(join(sources, file), textFile([
      ["Mã cơ quan:", code], ["Kỳ báo cáo:", `${month}/${year}`], ["Ngày báo cáo:", `28/${month}/${year}`],
      ["STT", "Tên hệ thống thông tin", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án"],
      ...Array.from({ length: total + 2 }, (_, i) => [String(i + 1), `Hệ thống bổ sung ${i + 1}`, "3", "Đã phê duyệt", "Đầy đủ"]),
    ]));
    await runInto(sources, out);
    const key = "agency_code, period";
    const figures = `${key}, total_systems, approved_systems, implemented_systems, source_form, source_file, cast(report_date as varchar) as report_date`;
    const before = (first.agency_period ?? []).map((r) => JSON.parse(r) as Record<string, unknown>);
    const now = await queryWarehouse(db, `select ${figures} from agency_period order by ${key}`);
    const pick = (r: Record<string, unknown>) => Object.fromEntries(["agency_code", "period", "total_systems", "approved_systems", "implemented_systems", "source_form", "source_file", "report_date"]
      .map((c) => [c, r[c] === null || r[c] === undefined ? null : c === "report_date" ? String(r[c]).slice(0, 10) : String(r[c])]));
    const isTarget = (r: Record<string, unknown>) => r.agency_code === code && r.period === period;
    expect(now.filter((r) => !isTarget(r)).map(pick)).toEqual(before.filter((r) => !isTarget(r)).map(pick).sort((a, b) => `${a.agency_code}${a.period}`.localeCompare(`${b.agency_code}${b.period}`)));
    expect(pick(now.find(isTarget)!)).toMatchObject({ total_systems: String(total + 2), approved_systems: String(total + 2), implemented_systems: String(total + 2), source_file: file, report_date: `${period}-28` });
    const changes = await queryWarehouse(db, "select agency_code, period, figure from run_changes");
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) {
      expect(c.period).toBe(period);
      if (c.agency_code !== code) expect(["approval_rank", "implementation_rank"]).toContain(c.figure);
    }
    const statuses = await queryWarehouse(db, `select file, status from submissions where agency_code = '${code}' and period = '${period}' order by file`);
    expect(statuses).toContainEqual({ file, status: "current" });
    expect(statuses.filter((s) => s.file !== file).every((s) => s.status === "superseded")).toBe(true);
  });

  it("a re-run that reused the unchanged files equals a fresh run of the same sources, table for table", async () => {
    // A file that sorts first renumbers every submission after it; the file it copies becomes the duplicate.
    const [original] = await queryWarehouse(db, "select file from source_files where status = 'loaded' order by file desc limit 1");
    mkdirSync(join(sources, "0-first"));
    copyFileSync(join(sources, String(original!.file)), join(sources, "0-first", String(original!.file).split("/").at(-1)!));
    const { summary } = await runIntoWithSummary(sources, out);
    const [parsedFiles] = await queryWarehouse(db, "select count(*) as n from source_files where status in ('loaded', 'rejected') and duplicate_of is null");
    // Every parsed file but the new one was reused.
    expect(summary).toContain(`dùng lại kết quả đọc, không đọc lại): ${Number(parsedFiles!.n) - 1}\n`);
    const fresh = await runInto(sources, join(work, "fresh"));
    const tables = ["source_files", "source_submissions", "source_systems", "source_rejected_rows", "source_notes", "source_stated_figures"];
    for (const table of tables) {
      expect(await allRows(db, table), table).toEqual(await allRows(fresh, table));
    }
    const [incremental, cold] = [await martRows(db), await martRows(fresh)];
    for (const mart of Object.keys(cold).filter((m) => m !== "run_changes")) expect(incremental[mart], mart).toEqual(cold[mart]);
    expect(Number(parsedFiles!.n)).toBeGreaterThan(10);
  }, 120_000);

  it("every SHA-256 the warehouse cites is in OUT/archive with that content, and every row's provenance is its file's", async () => {
    // A write a kill cut short (a draft the next run removes) is not taken for a file with the wrong content.
    writeFileSync(join(out, "archive", `${"0".repeat(64)}.tmp-999999-7`), "half");
    expect(await checkArchive(out)).toEqual([]);
    const mismatched = await queryWarehouse(db, `
      select y.file from source_systems as y left join source_files as f on f.file = y.file and f.sha256 = y.sha256 where f.file is null
      union all select s.file from source_submissions as s left join source_files as f on f.file = s.file and f.sha256 = s.sha256 where f.file is null`);
    expect(mismatched).toEqual([]);
  });

  it("does not read again files unchanged on disk since the previous run; --rehash reads and hashes every one", async () => {
    // Files changed within STAT_TRUST_MARGIN_MS of being hashed are read again next time: wait until all are older.
    const newest = Math.max(...listSourceFiles(sources).map((f) => statSync(f.absolutePath).ctimeMs));
    await sleep(Math.max(0, newest + STAT_TRUST_MARGIN_MS + 200 - Date.now()));
    await runInto(sources, out);
    const before = await allRows(db, "source_files");
    const [hashed] = await queryWarehouse(db, "select count(*) as n from source_files where sha256 is not null");
    const trusting = await runIntoWithSummary(sources, out);
    expect(trusting.summary).toContain(`không đọc lại để tính mã băm): ${Number(hashed!.n)}\n`);
    expect(await allRows(db, "source_files")).toEqual(before);
    const rehashing = await runIntoWithSummary(sources, out, undefined, { rehash: true });
    expect(rehashing.summary).not.toContain("không đọc lại để tính mã băm");
    expect(await allRows(db, "source_files")).toEqual(before);
    expect(await checkArchive(out)).toEqual([]);
  }, 120_000);
});
