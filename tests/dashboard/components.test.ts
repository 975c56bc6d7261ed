import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pack } from "../../dashboards/lib/pack.ts";
import { tar } from "../../dashboards/lib/tar.ts";
import { exportFiles } from "../../dashboards/lib/exportFiles.ts";
import { finishSite } from "../../pipeline/dashboard/finishSite.ts";
import { dashboardComponents, type DashboardComponents } from "../helpers/dashboardComponents.ts";

let c: DashboardComponents;
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
beforeAll(async () => {
  c = await dashboardComponents();
});
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("Vietnamese formats", () => {
  it("writes rates as 69,2 % and counts as 2.265", () => {
    expect(c.fmtRate(0.692)).toBe("69,2\u00a0%");
    expect(c.fmtRate(2265 / 3418)).toBe("66,3\u00a0%");
    expect(c.fmtRate(1)).toBe("100,0\u00a0%");
    expect(c.fmtRate(null)).toBe("–");
    expect(c.fmtInt(2265)).toBe("2.265");
    expect(c.fmtMonth("2024-09")).toBe("09/2024");
    expect(c.fmtDate("2024-07-20")).toBe("20/07/2024");
    expect([c.fmtRankChange(2), c.fmtRankChange(-1), c.fmtRankChange(0), c.fmtRankChange(null)]).toEqual(["▲\u00a02", "▼\u00a01", "=", "–"]);
  });

  it("folds accents and đ so that 'ha noi' finds 'Hà Nội'", () => {
    expect(c.foldText("Thành phố Hà Nội")).toContain("ha noi");
    expect(c.foldText("Thành phố Đà Nẵng")).toBe("thanh pho da nang");
    expect(c.foldText("Tỉnh Thừa Thiên Huế".normalize("NFD"))).toBe("tinh thua thien hue");
  });
});

describe("the data files' column packing", () => {
  it("round-trips rows exactly, dictionary-coding repeated strings", () => {
    const rows = [
      { agency_name: "Tỉnh Nghệ An", period: "2024-09", approval_rate: 0.8734177215189873, rank: 1, note: null },
      { agency_name: "Tỉnh Kon Tum", period: "2024-09", approval_rate: 0.782608695652174, rank: 5, note: "x" },
      { agency_name: "Tỉnh Nghệ An", period: "2024-08", approval_rate: null, rank: null, note: null },
      { agency_name: "Tỉnh Nghệ An", period: "2024-09", approval_rate: 0, rank: 7, note: null },
    ];
    const packed = pack(rows);
    expect(packed.columns.period).toHaveProperty("dict");
    expect(c.unpack(JSON.parse(JSON.stringify(packed)))).toEqual(rows);
    expect(c.unpack(pack([]))).toEqual([]);
  });

  it("ranks one month's rows, ties sharing a rank and ordered by name", () => {
    const rows = [
      { agency_name: "Tỉnh Bắc Ninh", period: "2024-09", approval_rank: 2, approval_rank_change: 1, approval_rate: 0.5 },
      { agency_name: "Tỉnh An Giang", period: "2024-09", approval_rank: 2, approval_rank_change: null, approval_rate: 0.5 },
      { agency_name: "Tỉnh Cà Mau", period: "2024-09", approval_rank: 1, approval_rank_change: 0, approval_rate: 0.9 },
      { agency_name: "Tỉnh Đắk Lắk", period: "2024-09", approval_rank: null, approval_rank_change: null, approval_rate: null },
      { agency_name: "Tỉnh Cà Mau", period: "2024-08", approval_rank: 1, approval_rank_change: null, approval_rate: 0.8 },
    ];
    expect(c.rankingRows(rows, "2024-09").map((r) => [r.rank, r.agency_name])).toEqual([
      [1, "Tỉnh Cà Mau"], [2, "Tỉnh An Giang"], [2, "Tỉnh Bắc Ninh"], [null, "Tỉnh Đắk Lắk"],
    ]);
  });
});

describe("the agencies archive", () => {
  it("is a ustar archive: 512-byte headers with the name, octal size and checksum, then the padded data", () => {
    const archive = tar([["T01.json", '{"a":"Hà Nội"}'], ["BYT.json", "{}"]]);
    expect(archive.length % 512).toBe(0);
    expect(archive.subarray(0, 8).toString()).toBe("T01.json");
    expect(archive.subarray(257, 262).toString()).toBe("ustar");
    const size = parseInt(archive.subarray(124, 135).toString(), 8);
    expect(size).toBe(Buffer.byteLength('{"a":"Hà Nội"}'));
    expect(archive.subarray(512, 512 + size).toString()).toBe('{"a":"Hà Nội"}');
    const header = Buffer.from(archive.subarray(0, 512));
    const stored = parseInt(header.subarray(148, 154).toString(), 8);
    header.fill(" ", 148, 156);
    expect(header.reduce((s, b) => s + b, 0)).toBe(stored);
    expect(archive.subarray(1024, 1032).toString()).toBe("BYT.json");
  });
});

describe("the export files a site links to", () => {
  it("lists spreadsheets and CSVs, and only an agency's own files in its edition", () => {
    const dir = tempDir("capdo-exports-");
    for (const name of ["xep-hang-2024-09.xlsx", "xep-hang-2024-09.csv", "tuan-thu-2024-09-T01.xlsx", "tuan-thu-2024-09-T010.xlsx", "tuan-thu-2024-09-BYT.xlsx", "~$lock.xlsx", ".hidden.csv", "notes.txt"]) {
      writeFileSync(join(dir, name), "x");
    }
    mkdirSync(join(dir, "sub.xlsx"));
    expect(exportFiles(dir, null).map((f) => f.name)).toEqual(["tuan-thu-2024-09-BYT.xlsx", "tuan-thu-2024-09-T01.xlsx", "tuan-thu-2024-09-T010.xlsx", "xep-hang-2024-09.csv", "xep-hang-2024-09.xlsx"]);
    expect(exportFiles(dir, "T01").map((f) => f.name)).toEqual(["tuan-thu-2024-09-T01.xlsx"]);
    expect(exportFiles(join(dir, "missing"), null)).toEqual([]);
  });
});

describe("finishing the built pages", () => {
  it("adds the language, the header with the data date and edition, and the footer", () => {
    const dir = tempDir("capdo-finish-");
    const page = `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n</head>\n<body>\n<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">\n<div id="observablehq-center">\n<main id="observablehq-main" class="observablehq">\n</main>\n</div>\n</body>\n</html>\n`;
    writeFileSync(join(dir, "index.html"), page);
    expect(finishSite(dir, { dataAsOf: "22/11/2026 07:43", version: "1.0", editionName: "Bộ Y tế <&>" })).toBe(1);
    const html = readFileSync(join(dir, "index.html"), "utf8");
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("Số liệu tổng hợp lúc 22/11/2026 07:43");
    expect(html).toContain("Bản dành cho Bộ Y tế &#60;&#38;&#62;");
    expect(html).toContain('title="Ẩn, hiện danh mục trang"');
    expect(html).toMatch(/<\/main>\n<footer id="observablehq-footer">/);
    expect(html).toContain('<link rel="icon" href="data:,">');
  });

  it("refuses a page whose structure it does not know", () => {
    const dir = tempDir("capdo-finish-");
    writeFileSync(join(dir, "index.html"), "<html><body>no framework here</body></html>");
    expect(() => finishSite(dir, { dataAsOf: "", version: "", editionName: null })).toThrow(/cấu trúc/);
  });
});
