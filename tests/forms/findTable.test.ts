import { describe, expect, it } from "vitest";
import { findTable } from "../../pipeline/forms/findTable.ts";
import { BM01, BM02 } from "../../pipeline/forms/formSpecs.ts";
import { readXlsx } from "../../pipeline/read/readXlsx.ts";
import type { RawValue } from "../../pipeline/read/RawValue.ts";
import { buildWorkbook } from "../helpers/buildWorkbook.ts";
import { gridFromRows } from "../helpers/grid.ts";
import { BM01_HEADER, BM02_HEADER } from "../helpers/forms.ts";

/** A sheet with `above` filler rows (title, header block) and then the header and one system. */
function sheetWithHeaderAt(headerRow: number, header: RawValue[] = BM01_HEADER) {
  const above: RawValue[][] = Array.from({ length: headerRow - 1 }, (_, i) => (i === 0 ? ["DANH MỤC HỆ THỐNG THÔNG TIN"] : [`Dòng ${i + 1}`]));
  return gridFromRows([...above, header, [1, "Cổng dịch vụ công", "Văn phòng", 3, "Đã phê duyệt", "Đầy đủ"]]);
}

const mapOf = <F extends string>(columns: Map<F, number>) => Object.fromEntries(columns);

describe("findTable: where the header is", () => {
  it("finds a BM-01 header at row 3 and maps every column", () => {
    const table = findTable(sheetWithHeaderAt(3), BM01)!;
    expect(table.form.form).toBe("BM-01");
    expect(table.headerIndex).toBe(2);
    expect(table.headerRowNumbers).toEqual([3]);
    expect(mapOf(table.columns)).toEqual({ stt: 0, system_name: 1, operator: 2, level: 3, approval: 4, implementation: 5, remark: 6 });
    expect(table.headerTexts.get("approval")).toBe("Tình trạng phê duyệt HSĐXCĐ");
    expect(table.missingRequired).toEqual([]);
  });

  it("finds a header at row 18 and at row 20, the last row scanned", () => {
    for (const at of [18, 20]) {
      const table = findTable(sheetWithHeaderAt(at), BM01);
      expect(table?.headerRowNumbers, `row ${at}`).toEqual([at]);
    }
  });

  it("does not look beyond row 20", () => {
    expect(findTable(sheetWithHeaderAt(21), BM01)).toBeNull();
    expect(findTable(sheetWithHeaderAt(30), BM01)).toBeNull();
  });

  it("counts sheet rows, not grid rows: a header in row 21 after empty rows is not found", () => {
    const grid = gridFromRows([["DANH MỤC"], ...Array.from({ length: 19 }, () => []), BM01_HEADER]);
    expect(grid.rows).toHaveLength(2);
    expect(findTable(grid, BM01)).toBeNull();
  });

  it("does not take a sheet of another form or of none", () => {
    expect(findTable(sheetWithHeaderAt(3, BM02_HEADER), BM01)).toBeNull();
    expect(findTable(sheetWithHeaderAt(3), BM02)).toBeNull();
    expect(findTable(gridFromRows([["HƯỚNG DẪN ĐIỀN BIỂU MẪU"], ["Cột Tên hệ thống thông tin: ghi tên đầy đủ"], ["Cột Cấp độ: 1 đến 5"]]), BM01)).toBeNull();
  });
});

describe("findTable: header wording", () => {
  it("accepts the variants of the contract, with line breaks, NFD, capitals, trailing (*) or ':'", () => {
    const header = [
      "TT",
      "Tên HTTT (*)",
      "Đơn vị quản lý,\nvận hành",
      "Cấp độ\r\nATTT",
      "Phê duyệt\nHSĐXCĐ".normalize("NFD"),
      "Số QĐ phê duyệt",
      "Ngày phê duyệt",
      "TÌNH TRẠNG TRIỂN KHAI PHƯƠNG ÁN BẢO ĐẢM ATTT",
      "Kiểm tra, đánh giá gần nhất",
      "Giám sát, bảo vệ (lớp 2)",
      "Kết nối, chia sẻ (lớp 4)",
      "Năm diễn tập gần nhất",
      "Ghi chú:",
      "Mã HTTT",
    ];
    const table = findTable(gridFromRows([header]), BM01)!;
    expect(mapOf(table.columns)).toEqual({
      stt: 0, system_name: 1, operator: 2, level: 3, approval: 4, decision_no: 5, approval_date: 6, implementation: 7,
      assessment_date: 8, monitored: 9, national_connection: 10, drill_year: 11, remark: 12, system_code: 13,
    });
    expect(table.headerTexts.get("level")).toBe("Cấp độ ATTT");
    expect(table.headerTexts.get("approval")).toBe("Phê duyệt HSĐXCĐ");
    expect(table.missingRequired).toEqual([]);
  });

  it("accepts the other spellings of the required columns", () => {
    for (const [name, level, approval, implementation] of [
      ["Hệ thống thông tin", "Cấp độ đề xuất", "Tình trạng phê duyệt hồ sơ đề xuất cấp độ", "Triển khai PA"],
      ["Tên hệ thống", "Cấp độ", "Phê duyệt HSĐXCĐ", "Tình trạng triển khai phương án bảo đảm ATTT"],
    ]) {
      const table = findTable(gridFromRows([[name, level, approval, implementation]]), BM01)!;
      expect(mapOf(table.columns), name).toEqual({ system_name: 0, level: 1, approval: 2, implementation: 3 });
    }
  });

  it("identifies a BM-01 by name and level and lists the other required columns it lacks", () => {
    const table = findTable(gridFromRows([["STT", "Tên hệ thống thông tin", "Cấp độ", "Ghi chú"]]), BM01)!;
    expect(table.missingRequired).toEqual(["approval", "implementation"]);
  });

  it("lets the canonical header win over a duplicate, else takes the leftmost", () => {
    const canonical = findTable(gridFromRows([["Tên hệ thống thông tin", "Cấp độ đề xuất", "Cấp độ", "Phê duyệt HSĐXCĐ", "Tình trạng phê duyệt HSĐXCĐ", "Triển khai PA", "Triển khai phương án"]]), BM01)!;
    expect(canonical.columns.get("level")).toBe(2);
    expect(canonical.columns.get("approval")).toBe(4);
    expect(canonical.columns.get("implementation")).toBe(6);
    expect(canonical.headerTexts.get("level")).toBe("Cấp độ");

    const leftmost = findTable(gridFromRows([["Tên HTTT", "Cấp độ ATTT", "Hệ thống thông tin", "Cấp độ đề xuất", "Phê duyệt HSĐXCĐ", "Triển khai PA"]]), BM01)!;
    expect(leftmost.columns.get("system_name")).toBe(0);
    expect(leftmost.columns.get("level")).toBe(1);
  });

  it("finds a BM-02 by agency and total, or by code and total", () => {
    const table = findTable(gridFromRows([["Kỳ báo cáo:", "Tháng 8/2024"], BM02_HEADER]), BM02)!;
    expect(table.headerRowNumbers).toEqual([2]);
    expect(mapOf(table.columns)).toEqual({ stt: 0, agency_name: 1, agency_code: 2, total: 3, approved: 4, approval_rate: 5, implemented: 6, implementation_rate: 7 });
    const byCode = findTable(gridFromRows([["Mã cơ quan", "Tổng số hệ thống thông tin", "Đã phê duyệt", "Đã triển khai đầy đủ", "Cấp độ 1", "Cấp độ 5"]]), BM02)!;
    expect(byCode.missingRequired).toEqual([]);
    expect(mapOf(byCode.columns)).toEqual({ agency_code: 0, total: 1, approved: 2, implemented: 3, level_1: 4, level_5: 5 });
    const noImplemented = findTable(gridFromRows([["Bộ, ngành, địa phương", "Tổng số HTTT", "Đã phê duyệt"]]), BM02)!;
    expect(noImplemented.missingRequired).toEqual(["implemented"]);
  });
});

describe("findTable: two-row headers", () => {
  it('reads a group header "Tình trạng" over its sub-headers, with STT and name merged down both rows', async () => {
    const data = await buildWorkbook([
      {
        name: "BM01",
        rows: [
          ["DANH MỤC HỆ THỐNG THÔNG TIN"],
          ["Cơ quan báo cáo:", null, "Tỉnh Bắc Ninh"],
          [],
          ["STT", "Tên hệ thống thông tin", "Cấp độ", "Tình trạng", null, "Ghi chú"],
          [null, null, null, "Phê duyệt HSĐXCĐ", "Triển khai phương án", null],
          [1, "Cổng dịch vụ công", 3, "Đã phê duyệt", "Đầy đủ", null],
        ],
        merges: ["A1:F1", "A2:B2", "A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5"],
      },
    ]);
    const grid = (await readXlsx(data)).visible[0]!;
    const table = findTable(grid, BM01)!;
    expect(table.headerRowNumbers).toEqual([4, 5]);
    expect(grid.rows[table.headerIndex]!.rowNumber).toBe(5);
    expect(mapOf(table.columns)).toEqual({ stt: 0, system_name: 1, level: 2, approval: 3, implementation: 4, remark: 5 });
    expect(table.missingRequired).toEqual([]);
  });

  it("prefers the sub-header to the group header, and uses the group header when the sub-header is empty", () => {
    const grid = gridFromRows([
      ["STT", "Hệ thống thông tin", null, "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án"],
      [null, "Tên hệ thống", "Đơn vị vận hành", null, null, null],
    ]);
    const table = findTable(grid, BM01)!;
    expect(table.headerRowNumbers).toEqual([1, 2]);
    expect(mapOf(table.columns)).toEqual({ stt: 0, system_name: 1, operator: 2, level: 3, approval: 4, implementation: 5 });
  });

  it("takes a sub-header row that adds no column as part of the header when header cells are merged down into it", async () => {
    // "Cấp độ" over "Đề xuất" | "Được phê duyệt": the sub-headers name no column of their own.
    const data = await buildWorkbook([
      {
        name: "BM01",
        rows: [
          ["Kỳ báo cáo:", "Tháng 8/2024"],
          ["STT", "Tên hệ thống thông tin", "Cấp độ", null, "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án"],
          [null, null, "Đề xuất", "Được phê duyệt", null, null],
          [1, "Cổng dịch vụ công", 3, 3, "Đã phê duyệt", "Đầy đủ"],
        ],
        merges: ["A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"],
      },
    ]);
    const grid = (await readXlsx(data)).visible[0]!;
    const table = findTable(grid, BM01)!;
    expect(table.headerRowNumbers).toEqual([2, 3]);
    expect(mapOf(table.columns)).toEqual({ stt: 0, system_name: 1, level: 2, approval: 4, implementation: 5 });
  });

  it("does not take a header-block line right above a one-row header for a group header", () => {
    const grid = gridFromRows([["Kỳ báo cáo:", "Tháng 8/2024"], ["Ngày báo cáo:", "15/08/2024"], BM01_HEADER]);
    const table = findTable(grid, BM01)!;
    expect(table.headerRowNumbers).toEqual([3]);
    expect(table.headerIndex).toBe(2);
  });

  it("keeps a one-row header when the row below is data", () => {
    const grid = gridFromRows([BM01_HEADER, [1, "Hệ thống thông tin", "Văn phòng", 3, "Đã phê duyệt", "Đầy đủ"]]);
    const table = findTable(grid, BM01)!;
    expect(table.headerRowNumbers).toEqual([1]);
    expect(table.headerIndex).toBe(0);
  });
});
