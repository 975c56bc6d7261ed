import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SynthSummary } from "../../pipeline/synth/generate.ts";
import { cleanupTemp, csvHeader, readCsv, synthInTemp, walk } from "./support.ts";

const REFERENCE = join(import.meta.dirname, "../../sources/reference");

function groups(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, group] of [
    ["ministries_2024.tsv", "bo_nganh"],
    ["ministries_2025.tsv", "bo_nganh"],
    ["provinces_2024.tsv", "dia_phuong"],
    ["provinces_2025.tsv", "dia_phuong"],
  ]) {
    for (const line of readFileSync(join(REFERENCE, file!), "utf8").split("\n").slice(1)) {
      const code = line.split("\t")[0];
      if (code) out.set(code, group!);
    }
  }
  return out;
}

describe("synth answer key (default run)", () => {
  afterAll(cleanupTemp);
  let s: SynthSummary;
  let ap: Record<string, string>[];
  let manifest: Record<string, string>[];
  beforeAll(async () => {
    s = await synthInTemp();
    ap = readCsv(join(s.expectedDir, "agency_period.csv"));
    manifest = readCsv(join(s.expectedDir, "files.csv"));
  });

  it("writes the truth files with the agreed columns, outside the sources folder", () => {
    expect(s.expectedDir).toBe(`${s.sourcesDir}-expected`);
    expect(csvHeader(join(s.expectedDir, "agency_period.csv"))).toBe(
      "agency_code,agency_group,period,source_form,total_systems,approved_systems,implemented_systems",
    );
    expect(csvHeader(join(s.expectedDir, "rejected_files.csv"))).toBe("file,reason");
    expect(csvHeader(join(s.expectedDir, "rejected_rows.csv"))).toBe("file,sheet,row,reason");
    for (const f of ["skipped_files.csv", "submission_status.csv", "files.csv", "agency_period_sources.csv"]) {
      expect(existsSync(join(s.expectedDir, f))).toBe(true);
    }
    expect(walk(s.sourcesDir).some((f) => f.endsWith("agency_period.csv"))).toBe(false);
  });

  it("has consistent counts: approved ≤ total, implemented ≤ approved", () => {
    expect(ap.length).toBeGreaterThan(50);
    for (const r of ap) {
      const t = Number(r["total_systems"]);
      const a = Number(r["approved_systems"]);
      const i = Number(r["implemented_systems"]);
      for (const v of [t, a, i]) expect(Number.isInteger(v) && v >= 0).toBe(true);
      expect(a).toBeLessThanOrEqual(t);
      expect(i).toBeLessThanOrEqual(a);
      expect(["BM-01", "BM-02"]).toContain(r["source_form"]);
      expect(["2024-07", "2024-08", "2024-09"]).toContain(r["period"]);
    }
    const keys = ap.map((r) => `${r["agency_code"]}|${r["period"]}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("uses 24 agencies of the 2024 lists, about one third ministries, with their groups", () => {
    const g = groups();
    const agencies = new Map(ap.map((r) => [r["agency_code"]!, r["agency_group"]!]));
    for (const [code, group] of agencies) expect(g.get(code)).toBe(group);
    expect(s.agencies).toBe(24);
    expect(agencies.size).toBeGreaterThanOrEqual(22);
    const ministries = [...agencies.values()].filter((x) => x === "bo_nganh").length;
    expect(ministries).toBeGreaterThanOrEqual(6);
    expect(ministries).toBeLessThanOrEqual(10);
  });

  it("shows the national picture: ~65 % approved, ~20 % fully implemented, BCA above 1000 by BM-02, one agency with 0", () => {
    const sum = (k: string) => ap.reduce((acc, r) => acc + Number(r[k]), 0);
    const small = ap.filter((r) => r["agency_code"] !== "BCA");
    const ratio = (rows: Record<string, string>[], k: string) =>
      rows.reduce((a, r) => a + Number(r[k]), 0) / rows.reduce((a, r) => a + Number(r["total_systems"]), 0);
    expect(ratio(small, "approved_systems")).toBeGreaterThan(0.5);
    expect(ratio(small, "approved_systems")).toBeLessThan(0.8);
    expect(ratio(small, "implemented_systems")).toBeGreaterThan(0.12);
    expect(ratio(small, "implemented_systems")).toBeLessThan(0.3);
    expect(sum("total_systems")).toBeGreaterThan(1000);
    const bca = ap.filter((r) => r["agency_code"] === "BCA");
    expect(bca.length).toBeGreaterThan(0);
    for (const r of bca) {
      expect(r["source_form"]).toBe("BM-02");
      expect(Number(r["total_systems"])).toBeGreaterThan(1000);
    }
    expect(ap.some((r) => r["total_systems"] === "0")).toBe(true);
  });

  it("accounts for every file exactly once: loaded, rejected or skipped", () => {
    const onDisk = walk(s.sourcesDir);
    const rejected = readCsv(join(s.expectedDir, "rejected_files.csv")).map((r) => r["file"]!);
    const skipped = readCsv(join(s.expectedDir, "skipped_files.csv")).map((r) => r["file"]!);
    const loaded = manifest.filter((m) => m["status"] === "loaded").map((m) => m["file"]!);
    const all = [...loaded, ...rejected, ...skipped];
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(onDisk);
    for (const f of skipped) expect(f.split("/").pop()!.startsWith("~$") || f === ".capdo-synth").toBe(true);
    expect(skipped.some((f) => f.split("/").pop()!.startsWith("~$"))).toBe(true);
    const sources = readCsv(join(s.expectedDir, "agency_period_sources.csv"));
    expect(sources.length).toBe(ap.length);
    for (const src of sources) expect(loaded).toContain(src["file"]);
    // Every loaded file either counts or is explained.
    for (const m of manifest.filter((x) => x["status"] === "loaded")) {
      expect(m["role"]).toMatch(/^(counted|superseded|not-counted|duplicate of .+)$/);
    }
  });

  it("rejects the planned bad files and sets aside the planned bad rows", () => {
    const reasons = readCsv(join(s.expectedDir, "rejected_files.csv")).map((r) => r["reason"]);
    for (const reason of [
      "empty file",
      "truncated or corrupt xlsx",
      "not a spreadsheet (HTML saved as .xls)",
      "not a valid xlsx (CSV text with .xlsx extension)",
      "unknown agency",
    ]) {
      expect(reasons).toContain(reason);
    }
    const rows = readCsv(join(s.expectedDir, "rejected_rows.csv"));
    const kinds = new Set(rows.map((r) => r["reason"]));
    for (const k of ["missing system name", "invalid level", "unknown agency", "approved > total"]) expect(kinds).toContain(k);
    const counted = new Set(manifest.filter((m) => m["role"] === "counted").map((m) => m["file"]));
    for (const r of rows) {
      expect(counted.has(r["file"]) || manifest.find((m) => m["file"] === r["file"])?.["forms"]?.includes("BM-02")).toBe(true);
      expect(Number(r["row"])).toBeGreaterThan(0);
    }
  });

  it("keeps the latest report of a resubmission and notes duplicates", () => {
    const superseded = manifest.filter((m) => m["role"] === "superseded");
    expect(superseded.length).toBeGreaterThan(0);
    const sources = readCsv(join(s.expectedDir, "agency_period_sources.csv"));
    for (const old of superseded) {
      const src = sources.find((x) => x["agency_code"] === old["agencies"] && x["period"] === old["periods"]);
      expect(src).toBeDefined();
      expect(String(src!["report_date"]) > String(old["report_date"])).toBe(true);
    }
    const dups = manifest.filter((m) => m["role"]!.startsWith("duplicate of "));
    expect(dups.length).toBeGreaterThan(0);
    for (const d of dups) {
      const original = manifest.find((m) => m["file"] === d["role"]!.slice("duplicate of ".length));
      expect(original?.["sha256"]).toBe(d["sha256"]);
    }
  });

  it("has one quarterly reporter, reporting only for the quarter's last month", () => {
    const status = readCsv(join(s.expectedDir, "submission_status.csv"));
    const q = status.filter((r) => r["status"] === "quarterly");
    expect(q.length).toBe(2);
    const code = q[0]!["agency_code"];
    expect(ap.filter((r) => r["agency_code"] === code).map((r) => r["period"])).toEqual(["2024-09"]);
  });
});
