import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { exportGiven } from "./exportGiven.ts";
import { readExportWorkbook, rowOf, rowValues } from "./readExportWorkbook.ts";

let exportsDir: string;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  exportsDir = join((await exportGiven()).outDir, "exports");
  workbook = await readExportWorkbook(join(exportsDir, "tuan-thu-2024-09-BYT.xlsx"));
});

const LEGAL_BASIS_85 = "Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ";

describe("the compliance workbook tuan-thu-YYYY-MM-<agency>.xlsx", () => {
  it("lists the requirements the agency's systems do not meet, with the evidence read and the legal basis, systems in Vietnamese order", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Yêu cầu chưa đáp ứng", "Hệ thống thông tin"]);
    const s = workbook.getWorksheet("Yêu cầu chưa đáp ứng")!;
    expect(s.getCell("A1").value).toBe("BỘ CÔNG AN");
    expect(s.getCell("A6").value).toBe("DANH SÁCH YÊU CẦU BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ CHƯA ĐÁP ỨNG");
    expect(s.getCell("A7").value).toBe("BỘ Y TẾ");
    expect(s.getCell("A8").value).toBe("Kỳ báo cáo: tháng 9 năm 2024 (báo cáo ngày 25/09/2024)");
    const header = rowOf(s, "STT");
    expect(rowValues(s, header, 8)).toEqual(["STT", "Mã HTTT", "Tên hệ thống thông tin", "Cấp độ", "Yêu cầu", "Tình trạng", "Thông tin trong báo cáo", "Căn cứ pháp lý"]);
    const rows = [1, 2, 3, 4].map((i) => rowValues(s, header + i, 7));
    const plan = "Triển khai đầy đủ phương án bảo đảm an toàn hệ thống thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt";
    expect(rows).toEqual([
      [1, "YT-04", "Ánh xạ dữ liệu y tế", 3, plan, "Chưa đáp ứng", 'Triển khai phương án: một phần ("Một phần"); phê duyệt HSĐXCĐ: đã phê duyệt'],
      [2, "YT-03", "Đường dây nóng 1900", 3, plan, "Chưa đáp ứng", 'Triển khai phương án: một phần ("Một phần"); phê duyệt HSĐXCĐ: đã phê duyệt'],
      [3, "YT-05", "Ứng dụng Sổ sức khỏe điện tử", 3, "Hồ sơ đề xuất cấp độ được cấp có thẩm quyền phê duyệt", "Chưa đáp ứng", 'Phê duyệt HSĐXCĐ: chưa phê duyệt ("Chưa")'],
      [4, "YT-05", "Ứng dụng Sổ sức khỏe điện tử", 3, plan, "Chưa đáp ứng", 'Triển khai phương án: chưa triển khai ("Chưa triển khai"); phê duyệt HSĐXCĐ: chưa phê duyệt ("Chưa")'],
    ]);
    expect(String(s.getCell(header + 1, 8).value)).toContain(LEGAL_BASIS_85);
    expect(s.getCell(header + 5, 1).value).toBeNull();
    expect([s.getCell(header + 1, 1).type, s.getCell(header + 1, 4).type]).toEqual([ExcelJS.ValueType.Number, ExcelJS.ValueType.Number]);
    expect(s.autoFilter).toBe(`A${header}:H${header + 4}`);
    const notes = String(s.getCell(rowOf(s, "Ghi chú:") + 1, 1).value);
    expect(notes).toBe('Căn cứ: biểu BM-01 của Bộ Y tế tháng 9 năm 2024 (tệp "given/BYT-2024-09-1.xlsx"), trong các báo cáo nhận được đến ngày 22/11/2026: 5 hệ thống thông tin (HTTT) được tính; 4 yêu cầu chưa đáp ứng và 0 yêu cầu thiếu thông tin.');
    expect(String(s.getCell(rowOf(s, "Ghi chú:") + 2, 1).value)).toContain("có hiệu lực vào ngày cuối kỳ báo cáo (30/09/2024)");
  });

  it("lists every system of the report with how many requirements apply and how many it meets", () => {
    const s = workbook.getWorksheet("Hệ thống thông tin")!;
    const header = rowOf(s, "STT");
    expect(rowValues(s, header, 8)).toEqual(["STT", "Mã HTTT", "Tên hệ thống thông tin", "Cấp độ", "Số yêu cầu áp dụng", "Đáp ứng", "Chưa đáp ứng", "Thiếu thông tin"]);
    expect([1, 2, 3, 4, 5].map((i) => rowValues(s, header + i, 8))).toEqual([
      [1, "YT-04", "Ánh xạ dữ liệu y tế", 3, 6, 5, 1, 0],
      [2, "YT-01", "Bệnh án điện tử", 3, 6, 6, 0, 0],
      [3, "YT-02", "Cổng dịch vụ công Bộ Y tế", 3, 6, 6, 0, 0],
      [4, "YT-03", "Đường dây nóng 1900", 3, 6, 5, 1, 0],
      [5, "YT-05", "Ứng dụng Sổ sức khỏe điện tử", 3, 6, 4, 2, 0],
    ]);
    expect(s.getCell(header + 1, 5).numFmt).toBe("#,##0");
  });

  it("is print-ready and frozen under its header like the ranking workbook", () => {
    for (const s of workbook.worksheets) {
      expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "10:10" });
      expect(s.headerFooter.oddFooter).toContain("Trang &P");
      expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 10 });
    }
  });

  it("says so when a report has no system", async () => {
    const empty = await readExportWorkbook(join(exportsDir, "tuan-thu-2024-09-VHLKHXH.xlsx"));
    expect(empty.getWorksheet("Yêu cầu chưa đáp ứng")!.getCell("A11").value).toBe("Không có yêu cầu nào chưa đáp ứng");
    expect(empty.getWorksheet("Hệ thống thông tin")!.getCell("A11").value).toBe("Báo cáo không có hệ thống thông tin nào được tính");
  });
});
