import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadExportSettings } from "../../exports/config/loadExportSettings.ts";
import { issuerOn } from "../../exports/config/issuerOn.ts";
import { placeDateLine } from "../../exports/text/placeDateLine.ts";
import { exportGiven } from "./exportGiven.ts";
import { readExportWorkbook, rowOf } from "./readExportWorkbook.ts";

function settingsFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "capdo-export-settings-")), "export-settings.json");
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe("sources/export-settings.json", () => {
  it("names the issuing authority by date: the Ministry of Information and Communications until 28/02/2025, the Ministry of Public Security from 01/03/2025", () => {
    const settings = loadExportSettings();
    expect(issuerOn(settings, "2025-02-28")).toMatchObject({ parent: "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", name: "CỤC AN TOÀN THÔNG TIN" });
    expect(issuerOn(settings, "2025-03-01")).toMatchObject({ parent: "BỘ CÔNG AN" });
    expect(settings).toMatchObject({ place: "Hà Nội", rank_by: "composite" });
  });

  it("heads a document issued before the transfer with the authority of that day", async () => {
    const { outDir } = await exportGiven({ issueDate: "2025-02-05" });
    const sheet = (await readExportWorkbook(join(outDir, "exports", "xep-hang-2024-09.xlsx"))).getWorksheet("Bộ, ngành")!;
    expect([sheet.getCell("A1").value, sheet.getCell("A2").value]).toEqual(["BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "CỤC AN TOÀN THÔNG TIN"]);
    expect(sheet.getRow(4).values).toContain("Hà Nội, ngày 05 tháng 02 năm 2025");
  });

  it("takes another authority, place and ranking rate from a settings file", async () => {
    const file = settingsFile({ issuers: [{ from: "2020-01-01", parent: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", name: "SỞ KHOA HỌC VÀ CÔNG NGHỆ" }], place: "Bắc Ninh", rank_by: "approval" });
    const { outDir } = await exportGiven({ settingsFile: file });
    const sheet = (await readExportWorkbook(join(outDir, "exports", "xep-hang-2024-09.xlsx"))).getWorksheet("Bộ, ngành")!;
    expect(sheet.getCell("A2").value).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(sheet.getRow(4).values).toContain("Bắc Ninh, ngày 22 tháng 11 năm 2026");
    const header = rowOf(sheet, "Hạng");
    // By approval rate alone Bộ Y tế (0.8) and Bộ Công Thương (0.5) keep their order; the note says what ranks.
    expect([1, 2, 3].map((i) => [sheet.getCell(header + i, 1).value, sheet.getCell(header + i, 2).value])).toEqual([[1, "Bộ Tư pháp (*)"], [2, "Bộ Y tế"], [3, "Bộ Công Thương"]]);
    const notes: string[] = [];
    sheet.eachRow((row) => { const v = row.getCell(1).value; if (typeof v === "string") notes.push(v); });
    expect(notes.some((n) => n.startsWith("Hạng: xếp trong khối theo tỷ lệ phê duyệt"))).toBe(true);
  });

  it("refuses an invalid file, naming each bad field in Vietnamese", () => {
    const file = settingsFile({ issuers: [{ from: "2025-03-01", parent: "BỘ CÔNG AN", name: "A" }, { from: "2016-07-01", parent: "B", name: "" }], rank_by: "votes" });
    expect(() => loadExportSettings(file)).toThrow(/không hợp lệ: .*issuers\.1\.name: phải ghi tên cơ quan ban hành.*issuers\.1\.from: các mục phải xếp theo ngày bắt đầu tăng dần.*rank_by: rank_by phải là composite, approval hoặc implementation/);
  });

  it("writes the place-and-date line as administrative documents do (leading zero for days below 10 and months 1 and 2)", () => {
    expect(placeDateLine("Hà Nội", "2026-02-05")).toBe("Hà Nội, ngày 05 tháng 02 năm 2026");
    expect(placeDateLine("Hà Nội", "2026-11-22")).toBe("Hà Nội, ngày 22 tháng 11 năm 2026");
    expect(placeDateLine("Hà Nội", "2026-03-09")).toBe("Hà Nội, ngày 09 tháng 3 năm 2026");
  });
});
