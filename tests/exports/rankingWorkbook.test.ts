import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { exportGiven } from "./exportGiven.ts";
import { readExportWorkbook, rowOf, rowValues } from "./readExportWorkbook.ts";

let workbook: ExcelJS.Workbook;
let files: string[];

beforeAll(async () => {
  const result = await exportGiven();
  files = result.files;
  workbook = await readExportWorkbook(join(result.outDir, "exports", "xep-hang-2024-09.xlsx"));
});

const sheet = (name: string) => workbook.getWorksheet(name)!;
const HEADER = ["Hạng", "Tên cơ quan", "Tổng số HTTT", "Đã phê duyệt", "Tỷ lệ phê duyệt", "Đã triển khai đầy đủ", "Tỷ lệ triển khai", "Thay đổi hạng"];

describe("the ranking workbook xep-hang-YYYY-MM.xlsx", () => {
  it("is written with its CSV files and the compliance files, and holds the national summary then one sheet per group", () => {
    expect(files.map((f) => f.split("/").at(-1))).toEqual([
      "tuan-thu-2024-09-BYT.xlsx", "tuan-thu-2024-09-T01.xlsx", "tuan-thu-2024-09-T15.xlsx", "tuan-thu-2024-09-T27.xlsx",
      "tuan-thu-2024-09-T66.xlsx", "tuan-thu-2024-09-VHLKHXH.xlsx", "tuan-thu-2024-09.csv",
      "xep-hang-2024-09-bo-nganh.csv", "xep-hang-2024-09-dia-phuong.csv", "xep-hang-2024-09-toan-quoc.csv", "xep-hang-2024-09.xlsx",
    ]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Toàn quốc", "Bộ, ngành", "Địa phương"]);
  });

  it("heads every sheet like an administrative document: authority of the issue date, national motto, place and date, title, period", () => {
    for (const s of workbook.worksheets) {
      expect(s.getCell("A1").value).toBe("BỘ CÔNG AN");
      expect(s.getCell("A2").value).toBe("CỤC AN NINH MẠNG VÀ PHÒNG, CHỐNG TỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO");
      expect(s.getCell("A2").font.bold).toBe(true);
      expect(s.getRow(1).values).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(s.getRow(2).values).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(s.getRow(4).values).toContain("Hà Nội, ngày 22 tháng 11 năm 2026");
      expect(s.getCell("A8").value).toBe("Kỳ báo cáo: tháng 9 năm 2024 (số liệu đến ngày 22/11/2026)");
    }
    expect(sheet("Bộ, ngành").getCell("A6").value).toBe("BẢNG XẾP HẠNG BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ");
    expect(sheet("Bộ, ngành").getCell("A7").value).toBe("KHỐI BỘ, NGÀNH");
    expect(sheet("Địa phương").getCell("A7").value).toBe("KHỐI ĐỊA PHƯƠNG");
    expect(sheet("Toàn quốc").getCell("A7").value).toBe("TỔNG HỢP TOÀN QUỐC");
  });

  it("ranks each group on the month's latest reports: carried-forward figures marked (*), ties by Vietnamese name, unranked agencies last", () => {
    const ministries = sheet("Bộ, ngành");
    const header = rowOf(ministries, "Hạng");
    expect(rowValues(ministries, header, 8)).toEqual(HEADER);
    expect([1, 2, 3, 4].map((i) => rowValues(ministries, header + i, 8))).toEqual([
      [1, "Bộ Tư pháp (*)", 2, 2, 1, 2, 1, 0],
      [2, "Bộ Y tế", 5, 4, 0.8, 2, 0.4, 1],
      [3, "Bộ Công Thương", 10, 5, 0.5, 2, 0.2, -1],
      [null, "Viện Hàn lâm Khoa học xã hội Việt Nam", 0, 0, null, 0, null, null],
    ]);
    const provinces = sheet("Địa phương");
    const top = rowOf(provinces, "Hạng");
    // Tied at 1/2: Bắc Ninh, Đắk Lắk, Yên Bái — Đ sorts after D, not after Y as in code-point order.
    expect([1, 2, 3, 4].map((i) => rowValues(provinces, top + i, 8))).toEqual([
      [1, "Thành phố Hà Nội", 7, 4, 4 / 7, 4, 4 / 7, null],
      [2, "Tỉnh Bắc Ninh", 2, 1, 0.5, 1, 0.5, -1],
      [2, "Tỉnh Đắk Lắk", 4, 2, 0.5, 2, 0.5, null],
      [2, "Tỉnh Yên Bái", 2, 1, 0.5, 1, 0.5, null],
    ]);
    expect(provinces.getCell(top + 5, 2).value).toBeNull();
  });

  it("writes real numbers with number formats, never numbers as text", () => {
    const s = sheet("Bộ, ngành");
    const row = rowOf(s, "Hạng") + 2;
    const formats = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => [s.getCell(row, c).type, s.getCell(row, c).numFmt]);
    expect(formats).toEqual([
      [ExcelJS.ValueType.Number, "0"],
      [ExcelJS.ValueType.String, "@"],
      [ExcelJS.ValueType.Number, "#,##0"],
      [ExcelJS.ValueType.Number, "#,##0"],
      [ExcelJS.ValueType.Number, "0.0%"],
      [ExcelJS.ValueType.Number, "#,##0"],
      [ExcelJS.ValueType.Number, "0.0%"],
      [ExcelJS.ValueType.Number, "+0;-0;0"],
    ]);
    const summary = sheet("Toàn quốc");
    const first = rowOf(summary, "Khối");
    expect(rowValues(summary, first, 9)).toEqual([
      "Khối", "Số cơ quan có số liệu", "Trong đó: dùng số liệu kỳ trước", "Số cơ quan chưa có số liệu",
      "Tổng số HTTT", "Đã phê duyệt", "Tỷ lệ phê duyệt", "Đã triển khai đầy đủ", "Tỷ lệ triển khai",
    ]);
    expect([1, 2, 3].map((i) => rowValues(summary, first + i, 9))).toEqual([
      ["Bộ, ngành", 4, 1, 26, 17, 11, 11 / 17, 6, 6 / 17],
      ["Địa phương", 4, 0, 59, 15, 8, 8 / 15, 8, 8 / 15],
      ["Toàn quốc", 8, 1, 85, 32, 19, 19 / 32, 14, 14 / 32],
    ]);
    expect(summary.getCell(first + 3, 1).font.bold).toBe(true);
    expect(summary.getCell(first + 3, 7).numFmt).toBe("0.0%");
  });

  it("sets every written cell in Times New Roman and borders the table", () => {
    for (const s of workbook.worksheets) {
      s.eachRow((row) => row.eachCell((cell) => {
        if (cell.value !== null) expect(cell.font?.name, `${s.name}!${cell.address}`).toBe("Times New Roman");
      }));
      const header = s.getRow(10);
      header.eachCell((cell) => {
        expect(cell.font.bold).toBe(true);
        expect(cell.border).toEqual({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
      });
      expect(s.getCell(11, 2).border.bottom).toEqual({ style: "thin" });
    }
  });

  it("is print-ready: A4 landscape, one page wide, the header row repeated, page numbers in the footer", () => {
    for (const s of workbook.worksheets) {
      expect(s.pageSetup).toMatchObject({
        paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
        horizontalCentered: true, printTitlesRow: "10:10",
      });
      expect(s.pageSetup.printArea).toBe(`A1:${s.getColumn(s.getRow(10).cellCount).letter}${s.rowCount}`);
      expect(s.headerFooter.oddFooter).toContain("Trang &P");
    }
  });

  it("freezes the sheet under the header row and makes the table filterable", () => {
    for (const s of workbook.worksheets) {
      expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 10, xSplit: 0, topLeftCell: "A11" });
    }
    expect(sheet("Bộ, ngành").autoFilter).toBe("A10:H14");
    expect(sheet("Địa phương").autoFilter).toBe("A10:H14");
    expect(sheet("Toàn quốc").autoFilter).toBe("A10:I13");
  });

  it("ends with notes: data as of, both rates defined (pooled, of all systems), the rank, who did not report, whose figures were carried forward, who was late", () => {
    const s = sheet("Bộ, ngành");
    const start = rowOf(s, "Ghi chú:");
    const notes = Array.from({ length: s.rowCount - start }, (_, i) => String(s.getCell(start + 1 + i, 1).value ?? ""));
    expect(notes[0]).toContain("nhận được đến ngày 22/11/2026");
    expect(notes[1]).toContain("Tỷ lệ phê duyệt = số HTTT đã được phê duyệt hồ sơ đề xuất cấp độ ÷ tổng số HTTT");
    expect(notes[1]).toContain("tính trên tất cả HTTT");
    expect(notes[1]).toContain("tỷ lệ gộp");
    expect(notes[2]).toContain("điểm tổng hợp = 0,5 × tỷ lệ phê duyệt + 0,5 × tỷ lệ triển khai");
    expect(notes[2]).toContain("so với hạng tháng 8 năm 2024");
    expect(notes[3]).toBe("(*) Không gửi báo cáo tháng 9 năm 2024, dùng số liệu của báo cáo gần nhất — 1 cơ quan: Bộ Tư pháp (báo cáo tháng 8 năm 2024).");
    expect(notes[4]).toMatch(/^Chưa có số liệu \(chưa gửi báo cáo nào tính đến tháng 9 năm 2024, không có trong bảng\) — 26 cơ quan: Ban Quản lý Lăng Chủ tịch Hồ Chí Minh, /);
    expect(notes[4]).not.toContain("Bộ Y tế");
    expect(notes[5]).toBe("Gửi báo cáo muộn (hạn ngày 20/09/2024) — 1 cơ quan: Bộ Y tế (ngày 25/09/2024, muộn 5 ngày).");
    const provinces = sheet("Địa phương");
    const late = String(provinces.getCell(provinces.rowCount, 1).value);
    expect(late).toBe("Gửi báo cáo muộn (hạn ngày 20/09/2024) — 1 cơ quan: Tỉnh Yên Bái (báo cáo không ghi ngày).");
    const national = sheet("Toàn quốc");
    const nationalNotes = Array.from({ length: 6 }, (_, i) => String(national.getCell(rowOf(national, "Ghi chú:") + 1 + i, 1).value ?? ""));
    expect(nationalNotes).toContain("Chưa có số liệu (chưa gửi báo cáo nào tính đến tháng 9 năm 2024, không có trong bảng) — 85 cơ quan (danh sách tại trang \"Bộ, ngành\" và trang \"Địa phương\").");
    expect(nationalNotes.some((n) => n.includes("Bộ Tư pháp (báo cáo tháng 8 năm 2024)"))).toBe(true);
  });
});
