import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRegistry } from "../../pipeline/registry/index.ts";
import { parseFile } from "../../pipeline/ingest/parseFile.ts";
import { ingestSources } from "../../pipeline/ingest/ingestSources.ts";
import { loadSettings, settingsSchema } from "../../pipeline/config/loadSettings.ts";
import { DEFAULT_READ_LIMITS } from "../../pipeline/read/defaultReadLimits.ts";
import type { ReadLimits } from "../../pipeline/read/ReadLimits.ts";
import type { FileOutcome } from "../../pipeline/ingest/records.ts";
import { zipOf } from "../../bench/fuzz/zipOf.ts";
import { buildWorkbook, type CellInput } from "../helpers/buildWorkbook.ts";
import { textFile } from "../helpers/textFile.ts";

const registry = loadRegistry();
const MB = 1024 * 1024;
const limits = (over: Partial<ReadLimits>): ReadLimits => ({ ...DEFAULT_READ_LIMITS, ...over });
const BLOCK: CellInput[][] = [["Cơ quan báo cáo:", "Bộ Y tế"], ["Kỳ báo cáo:", "Tháng 8/2024"], ["Ngày báo cáo:", "15/08/2024"]];
const HEADER = ["STT", "Tên hệ thống thông tin", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án"];
const rows = (n: number) => Array.from({ length: n }, (_, i) => [i + 1, `Hệ thống ${i + 1}`, 3, "x", "Đầy đủ"]);
const CT = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const WB = '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>';

function rejected(outcome: FileOutcome) {
  if (outcome.status !== "rejected") throw new Error("expected a rejection");
  return outcome;
}

describe("limits, from sources/settings.json, each rejection naming the limit and the value", () => {
  it("ships the defaults in settings.json and validates them in Vietnamese", () => {
    expect(loadSettings().limits).toEqual({ max_file_mb: 50, max_uncompressed_mb: 100, max_compression_ratio: 100, max_rows_per_sheet: 20_000, max_cells_per_row: 200 });
    expect(settingsSchema.parse({}).limits).toEqual(DEFAULT_READ_LIMITS);
    const file = join(mkdtempSync(join(tmpdir(), "capdo-settings-")), "s.json");
    writeFileSync(file, JSON.stringify({ limits: { max_file_mb: -1, max_cells_per_row: 5 } }));
    expect(() => loadSettings(file)).toThrow(/limits\.max_file_mb: phải lớn hơn 0; limits\.max_cells_per_row: phải từ 20 trở lên/);
  });

  it("file size: rejected before reading, in ingestion and in parseFile", async () => {
    const csv = textFile([HEADER, ...rows(200).map((r) => r.map(String))]);
    const r = rejected(await parseFile("BM01.csv", csv, registry, limits({ max_file_mb: 0.001 })));
    expect(r.reasonCode).toBe("file_too_large");
    expect(r.message).toMatch(/^tệp nặng 0,0\d+ MB, vượt giới hạn 0,001 MB \(limits\.max_file_mb\)/);
    const dir = mkdtempSync(join(tmpdir(), "capdo-size-"));
    writeFileSync(join(dir, "big.csv"), Buffer.alloc(2 * MB, 0x41));
    writeFileSync(join(dir, "small.csv"), textFile([...BLOCK.map((b) => b.map(String)), HEADER, ...rows(2).map((x) => x.map(String))]));
    const result = await ingestSources(dir, registry, { limits: limits({ max_file_mb: 1 }), workers: 0 });
    const big = result.files.find((f) => f.file === "big.csv")!;
    expect(big).toMatchObject({ status: "rejected", reasonCode: "file_too_large", sha256: null, bytes: 2 * MB });
    expect(big.message).toContain("tệp nặng 2 MB, vượt giới hạn 1 MB");
    expect(result.files.find((f) => f.file === "small.csv")).toMatchObject({ status: "loaded", rowsRead: 2, rowsLoaded: 2 });
  });

  it("total uncompressed size, from the central directory", async () => {
    const data = await buildWorkbook([{ name: "BM01", rows: [...BLOCK, HEADER, ...rows(5000)] }]);
    const r = rejected(await parseFile("BaoCao.xlsx", data, registry, limits({ max_uncompressed_mb: 0.5 })));
    expect(r.reasonCode).toBe("workbook_too_large");
    expect(r.message).toMatch(/^sổ tính giải nén ra [\d,]+ MB, vượt giới hạn 0.5 MB \(limits\.max_uncompressed_mb\)/);
  });

  it("compression ratio: a zip bomb is never inflated", async () => {
    const bomb = zipOf([{ name: "[Content_Types].xml", data: Buffer.from(CT) }, { name: "xl/workbook.xml", data: Buffer.from(WB) },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(64 * MB, 0x20), deflate: true }]);
    expect(bomb.length).toBeLessThan(MB);
    const r = rejected(await parseFile("BaoCao.xlsx", bomb, registry));
    expect(r.reasonCode).toBe("compression_ratio_exceeded");
    expect(r.message).toMatch(/^tỷ lệ nén của phần "xl\/worksheets\/sheet1\.xml" là [\d.]+:1, vượt giới hạn 100:1 \(limits\.max_compression_ratio\)/);
  });

  it("a directory that understates a part is caught by the declared-size cap", async () => {
    const liar = zipOf([{ name: "[Content_Types].xml", data: Buffer.from(CT) }, { name: "xl/workbook.xml", data: Buffer.from(WB) },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(32 * MB, 0x20), deflate: true, declaredSize: 1000 }]);
    const r = rejected(await parseFile("BaoCao.xlsx", liar, registry));
    expect(r.reasonCode).toBe("corrupt_xlsx");
    expect(r.message).toContain('phần "xl/worksheets/sheet1.xml" giải nén ra nhiều hơn kích thước khai báo 1000 byte');
  });

  it("rows per sheet, in a workbook and in a CSV", async () => {
    const xlsx = await buildWorkbook([{ name: "BM01", rows: [...BLOCK, HEADER, ...rows(150)] }]);
    const r = rejected(await parseFile("BaoCao.xlsx", xlsx, registry, limits({ max_rows_per_sheet: 100 })));
    expect(r.reasonCode).toBe("too_many_rows");
    expect(r.message).toMatch(/^trang "BM01" có 154 dòng có dữ liệu, vượt giới hạn 100 dòng mỗi trang \(limits\.max_rows_per_sheet\)/);
    const csv = textFile([HEADER, ...rows(150).map((x) => x.map(String))]);
    const c = rejected(await parseFile("BM01.csv", csv, registry, limits({ max_rows_per_sheet: 100 })));
    expect(c).toMatchObject({ reasonCode: "too_many_rows" });
    expect(c.message).toMatch(/^tệp có 151 dòng dữ liệu, vượt giới hạn 100 dòng/);
    expect((await parseFile("BaoCao.xlsx", xlsx, registry)).status).toBe("loaded");
  });

  it("cells per row, in a workbook and in a CSV", async () => {
    const wide: CellInput[] = [...HEADER, ...Array.from({ length: 25 }, (_, i) => `Cột thừa ${i + 1}`)];
    const xlsx = await buildWorkbook([{ name: "BM01", rows: [...BLOCK, wide, ...rows(3)] }]);
    const r = rejected(await parseFile("BaoCao.xlsx", xlsx, registry, limits({ max_cells_per_row: 20 })));
    expect(r.reasonCode).toBe("too_many_cells");
    expect(r.message).toMatch(/^trang "BM01" · dòng 4 dùng đến cột thứ 30, vượt giới hạn 20 ô mỗi dòng \(limits\.max_cells_per_row\)/);
    const csv = textFile([wide.map(String), ...rows(3).map((x) => x.map(String))]);
    const c = rejected(await parseFile("BM01.csv", csv, registry, limits({ max_cells_per_row: 20 })));
    expect(c.message).toMatch(/^dòng 1 có 30 ô, vượt giới hạn 20 ô mỗi dòng \(limits\.max_cells_per_row\)/);
  });

  it("a count too large for any agency is set aside, and no longer stops the whole run (int32 overflow in the warehouse)", async () => {
    const csv = textFile([["Kỳ báo cáo:", "Tháng 8/2024"], ["STT", "Cơ quan", "Tổng số HTTT", "Đã phê duyệt", "Đã triển khai đầy đủ"],
      ["1", "Bộ Y tế", "99999999999", "5", "1"], ["2", "Bộ Tài chính", "10", "5", "1"]]);
    const outcome = await parseFile("TongHop.csv", csv, registry);
    if (outcome.status !== "loaded") throw new Error(outcome.message);
    expect(outcome.submissions).toHaveLength(1);
    expect(outcome.rejectedRows[0]!.message).toContain('"99999999999" quá lớn — số lượng phải là số nguyên từ 0 đến 10.000.000');
  });
});
