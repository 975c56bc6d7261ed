import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SynthSummary } from "../../pipeline/synth/generate.ts";
import { csvTable, decodeText, norm, readBm01, xlsxTables } from "./readBack.ts";
import { cleanupTemp, readCsv, synthInTemp } from "./support.ts";

describe("synth file layouts (default run)", () => {
  afterAll(cleanupTemp);
  let s: SynthSummary;
  let manifest: Record<string, string>[];
  const withFeature = (feature: string, ext = ".xlsx") =>
    manifest.filter((m) => m["status"] === "loaded" && m["file"]!.endsWith(ext) && m["features"]!.split(" ").includes(feature));
  const open = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(s.sourcesDir, file));
    return wb;
  };
  beforeAll(async () => {
    s = await synthInTemp();
    manifest = readCsv(join(s.expectedDir, "files.csv"));
  });

  it("writes totals rows whose COUNTA/COUNTIF formulas carry cached results", async () => {
    const files = withFeature("totals").filter((m) => m["forms"] === "BM-01");
    expect(files.length).toBeGreaterThan(0);
    for (const m of files) {
      const wb = await open(m["file"]!);
      const ws = wb.worksheets.find((w) => w.state === "visible" && w.name !== "Hướng dẫn")!;
      let found = 0;
      ws.eachRow((row) => {
        const first = row.getCell(1).value;
        if (typeof first !== "string" || !["tổng cộng", "tổng", "cộng", "tổng số"].includes(norm(first))) return;
        row.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue;
          if (!v || typeof v !== "object" || !("formula" in v)) return;
          const m = /^(COUNTA|COUNTIF)\(([A-Z]+)(\d+):[A-Z]+(\d+)/.exec(v.formula);
          expect(m, v.formula).not.toBeNull();
          // exceljs reads a cached 0 back as no result (the file holds <v>0</v>); anything else must be there.
          const result = v.result === undefined ? 0 : v.result;
          expect(typeof result).toBe("number");
          if (m![1] === "COUNTA") {
            let names = 0;
            for (let r = Number(m![3]); r <= Number(m![4]); r++) {
              const name = ws.getCell(`${m![2]}${r}`).value;
              if (name !== null && name !== "") names++;
            }
            expect(result).toBe(names);
            expect(names).toBeGreaterThan(0);
          }
          found++;
        });
      });
      expect(found).toBeGreaterThan(0);
    }
  });

  it("sets fixed workbook dates, hides stale copies, adds instruction sheets", async () => {
    const any = manifest.find((m) => m["status"] === "loaded" && m["file"]!.endsWith(".xlsx"))!;
    const wb = await open(any["file"]!);
    expect(wb.modified.toISOString().slice(0, 10)).toBe(any["report_date"]!.split(" ")[0]);
    const stale = withFeature("hidden-stale")[0]!;
    const wbStale = await open(stale["file"]!);
    expect(wbStale.worksheets.some((w) => w.state === "hidden" || w.state === "veryHidden")).toBe(true);
    const guide = withFeature("guide-sheet")[0]!;
    const wbGuide = await open(guide["file"]!);
    expect(wbGuide.worksheets.some((w) => w.name === "Hướng dẫn" && w.state === "visible")).toBe(true);
  });

  it("writes a two-row header with a merged 'Tình trạng' group", async () => {
    const m = withFeature("two-row-header")[0]!;
    const ws = (await open(m["file"]!)).worksheets.find((w) => w.state === "visible" && w.name !== "Hướng dẫn")!;
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    const group = merges.find((r) => norm(String(ws.getCell(r.split(":")[0]!).value)) === "tình trạng");
    expect(group).toBeDefined();
    const [a, b] = group!.split(":");
    const below = (addr: string) => ws.getCell(ws.getCell(addr).row + 1, ws.getCell(addr).col).value;
    expect(norm(String(below(a!)))).toBe("phê duyệt hsđxcđ");
    expect(norm(String(below(b!)))).toBe("triển khai phương án");
  });

  it("writes CSV in every promised encoding", () => {
    const csvs = manifest.filter((m) => m["status"] === "loaded" && /\.(csv|txt)$/.test(m["file"]!));
    const encodings = new Set(csvs.flatMap((m) => m["features"]!.split(" ").filter((f) => f.startsWith("csv:"))));
    expect([...encodings].sort()).toEqual(["csv:utf16le-tab", "csv:utf8", "csv:utf8-bom", "csv:windows-1258"]);
    for (const m of csvs) {
      const bytes = readFileSync(join(s.sourcesDir, m["file"]!));
      const f = m["features"]!;
      if (f.includes("csv:utf16le-tab")) {
        expect(m["file"]!.endsWith(".txt")).toBe(true);
        expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
      }
      if (f.includes("csv:utf8-bom")) expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xef, 0xbb, 0xbf]);
      if (f.includes("csv:windows-1258")) {
        expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
        const text = iconv.decode(bytes, "windows1258").normalize("NFC");
        expect(text).toContain("Kỳ báo cáo");
      }
      expect(decodeText(bytes).normalize("NFC")).toMatch(/Cơ quan|Đơn vị báo cáo|Tên cơ quan/);
    }
  });

  it("agrees with an independent read-back of every counted BM-01", async () => {
    expect(await readBackMismatches(s.sourcesDir, s.expectedDir)).toEqual({ checked: expect.any(Number), mismatches: [] });
  });

  it("agrees with the read-back across the 2025 reorganisation (merged agencies, successors)", async () => {
    const big = await synthInTemp({ agencies: 60, months: 8, start: "2025-01" });
    const ap = readCsv(join(big.expectedDir, "agency_period.csv"));
    expect(ap.some((r) => r["agency_code"]!.startsWith("N") && r["period"] === "2025-07")).toBe(true);
    expect(ap.some((r) => r["agency_code"] === "BTTTT" && r["period"]! >= "2025-03")).toBe(false);
    const result = await readBackMismatches(big.sourcesDir, big.expectedDir);
    expect(result.checked).toBeGreaterThan(200);
    expect(result.mismatches).toEqual([]);
  });
});

/** Reads every counted BM-01 back and compares counts and set-aside rows with the answer key. */
async function readBackMismatches(sourcesDir: string, expectedDir: string): Promise<{ checked: number; mismatches: string[] }> {
  const sources = readCsv(join(expectedDir, "agency_period_sources.csv")).filter((r) => r["source_form"] === "BM-01");
  const ap = readCsv(join(expectedDir, "agency_period.csv"));
  const rejectedRows = readCsv(join(expectedDir, "rejected_rows.csv"));
  const mismatches: string[] = [];
  for (const src of sources) {
    const file = src["file"]!;
    const path = join(sourcesDir, file);
    const tables = /\.(csv|txt)$/.test(file) ? [csvTable(path)] : await xlsxTables(path);
    const readings = tables.map(readBm01).filter((x) => x !== null);
    const got = readings[0];
    const want = ap.find((r) => r["agency_code"] === src["agency_code"] && r["period"] === src["period"]);
    const a = JSON.stringify([readings.length, got?.total, got?.approved, got?.implemented, got?.setAside.map((x) => `${got.sheet}|${x.row}|${x.reason}`)]);
    const b = JSON.stringify([
      1,
      Number(want?.["total_systems"]),
      Number(want?.["approved_systems"]),
      Number(want?.["implemented_systems"]),
      rejectedRows.filter((r) => r["file"] === file).map((r) => `${r["sheet"]}|${r["row"]}|${r["reason"]}`),
    ]);
    if (a !== b) mismatches.push(`${file}: read ${a}, key ${b}`);
  }
  return { checked: sources.length, mismatches };
}
