import { describe, expect, it } from "vitest";
import { parseBm01Sheet, type Bm01SheetResult } from "../../pipeline/forms/parseBm01Sheet.ts";
import { findTable } from "../../pipeline/forms/findTable.ts";
import { readHeaderBlock } from "../../pipeline/forms/readHeaderBlock.ts";
import { BM01 } from "../../pipeline/forms/formSpecs.ts";
import type { Grid } from "../../pipeline/read/Grid.ts";
import type { RawValue } from "../../pipeline/read/RawValue.ts";
import { gridFromRows } from "../helpers/grid.ts";
import { bm01Sheet, testRegistry } from "../helpers/forms.ts";

const registry = testRegistry();

function parse(grid: Grid): Bm01SheetResult {
  const table = findTable(grid, BM01);
  if (!table) throw new Error("no BM-01 table");
  const block = readHeaderBlock(grid, table.headerIndex + 1 - table.headerRowNumbers.length);
  return parseBm01Sheet(grid, table, block, { file: "BaoCao.xlsx", registry });
}

function loaded(result: Bm01SheetResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.reasonCode}: ${result.message}`);
  return result;
}

function failed(result: Bm01SheetResult) {
  if (result.ok) throw new Error("expected the sheet to be rejected");
  return result;
}

const sheet = (options: Parameters<typeof bm01Sheet>[0]) => gridFromRows(bm01Sheet(options), { sheetName: "BM01" });
const system = (n: number, name: string, level: RawValue = 3, approval: RawValue = "Đã phê duyệt", implementation: RawValue = "Đầy đủ"): RawValue[] =>
  [n, name, "Văn phòng UBND tỉnh", level, approval, implementation];

describe("parseBm01Sheet: the report", () => {
  it("reads agency, period and date from the header block", () => {
    const result = loaded(parse(sheet({ systems: [system(1, "Cổng dịch vụ công")] })));
    expect(result.submission).toEqual({
      sheet: "BM01", form: "BM-01", agencyCode: "T27", agencyNameAsWritten: "Tỉnh Bắc Ninh", period: "2024-08", isQuarterly: false,
      reportDate: "2024-08-15", sourceRow: null, statedTotal: null, statedApproved: null, statedImplemented: null,
      statedLevels: [null, null, null, null, null],
    });
    expect(result.rowsRead).toBe(1);
  });

  it.each([["Quý III/2024"], ["Quý 3 năm 2024"], ["Q3/2024"]])("reads the quarterly period %j as 2024-09, quarterly", (period) => {
    const result = loaded(parse(sheet({ period, reportDate: "10/09/2024", systems: [system(1, "Cổng dịch vụ công")] })));
    expect(result.submission).toMatchObject({ period: "2024-09", isQuarterly: true, reportDate: "2024-09-10" });
  });

  it("rejects a report whose period is missing or covers a year", () => {
    const missing = failed(parse(gridFromRows([["Cơ quan báo cáo:", "Tỉnh Bắc Ninh"], ["STT", "Tên hệ thống thông tin", "Cấp độ", "Phê duyệt HSĐXCĐ", "Triển khai PA"], [1, "A", 3, "x", "Đầy đủ"]], { sheetName: "BM01" })));
    expect(missing).toEqual({ ok: false, reasonCode: "period_unreadable", message: 'BM-01 · trang "BM01": thiếu kỳ báo cáo (ô "Kỳ báo cáo")' });
    const year = failed(parse(sheet({ period: "Năm 2024", systems: [system(1, "A")] })));
    expect(year.reasonCode).toBe("period_unreadable");
    expect(year.message).toContain("cả năm");
  });

  it("rejects Kon Tum's report for 2025-08: the province no longer exists", () => {
    const result = failed(parse(sheet({ agency: "UBND tỉnh Kon Tum", period: "Tháng 8/2025", reportDate: "15/08/2025", systems: [system(1, "Cổng dịch vụ công")] })));
    expect(result.reasonCode).toBe("agency_not_in_period");
    expect(result.message).toMatch(/^BM-01 · trang "BM01": .*không còn tồn tại trong kỳ 2025-08/);
    // The same province for 2024-08 is fine.
    expect(loaded(parse(sheet({ agency: "UBND tỉnh Kon Tum", systems: [system(1, "A")] }))).submission.agencyCode).toBe("T62");
  });

  it("rejects a report whose Mã cơ quan and agency name disagree", () => {
    const rows = bm01Sheet({ agency: "Tỉnh Bắc Ninh", systems: [system(1, "Cổng dịch vụ công")] });
    rows.splice(2, 0, ["Mã cơ quan:", "T01"]);
    const result = failed(parse(gridFromRows(rows, { sheetName: "BM01" })));
    expect(result.reasonCode).toBe("agency_code_name_mismatch");
    expect(result.message).toContain('mã "T01"');
    expect(result.message).toContain('tên "Tỉnh Bắc Ninh"');
  });

  it("rejects an unknown agency", () => {
    const result = failed(parse(sheet({ agency: "Sở Du lịch tỉnh ABC", systems: [system(1, "A")] })));
    expect(result.reasonCode).toBe("unknown_agency");
    expect(result.message).toContain("Sở Du lịch tỉnh ABC");
  });

  it("keeps a report without Ngày báo cáo (undated) and notes an unreadable one", () => {
    const undated = gridFromRows([["Cơ quan báo cáo:", "Bộ Tư pháp"], ["Kỳ báo cáo:", "08/2024"], ["STT", "Tên HTTT", "Cấp độ", "Phê duyệt HSĐXCĐ", "Triển khai PA"], [1, "A", 3, "x", "Đầy đủ"]]);
    expect(loaded(parse(undated)).submission).toMatchObject({ agencyCode: "BTP", reportDate: null });
    const unreadable = loaded(parse(sheet({ reportDate: "ngày 32 tháng 8", systems: [system(1, "A")] })));
    expect(unreadable.submission.reportDate).toBeNull();
    expect(unreadable.notes.map((n) => [n.code, n.row])).toEqual([["unreadable-report-date", 4]]);
  });
});

describe("parseBm01Sheet: systems", () => {
  it("maps every column of a row", () => {
    const header = [
      "STT", "Mã HTTT", "Tên hệ thống thông tin", "Đơn vị vận hành", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Số QĐ phê duyệt", "Ngày phê duyệt",
      "Triển khai phương án", "Ngày kiểm tra, đánh giá gần nhất", "Giám sát ATTT", "Kết nối giám sát quốc gia", "Năm diễn tập gần nhất", "Ghi chú",
    ];
    const row = [
      1, "HT-01", "Cổng dịch vụ công".normalize("NFD"), "Văn phòng UBND tỉnh", "Cấp độ 3", "Đã phê duyệt", "125/QĐ-UBND", "05/03/2024",
      "Đầy đủ", new Date(Date.UTC(2024, 5, 30)), "Có", "Chưa", 2023, "Đang nâng cấp",
    ];
    const result = loaded(parse(sheet({ header, systems: [row] })));
    expect(result.systems).toEqual([
      {
        sheet: "BM01", row: 7, systemCode: "HT-01", systemName: "Cổng dịch vụ công", operator: "Văn phòng UBND tỉnh", level: 3,
        approvalRaw: "Đã phê duyệt", approvalStatus: "approved", decisionNo: "125/QĐ-UBND", approvalDate: "2024-03-05",
        implementationRaw: "Đầy đủ", implementationStatus: "full", assessmentDate: "2024-06-30", monitored: "yes", nationalConnection: "no",
        drillYear: 2023, remark: "Đang nâng cấp",
      },
    ]);
    expect(result.notes).toEqual([]);
    expect(result.rejectedRows).toEqual([]);
  });

  it("reads levels written as numbers, numbers stored as text, 'Cấp độ 3', 'Cấp 3' and Roman numerals", () => {
    const levels: RawValue[] = [3, "3", " 3 ", "Cấp độ 3", "Cấp 3", "III", "IV", 5, "1"];
    const result = loaded(parse(sheet({ systems: levels.map((level, i) => system(i + 1, `Hệ thống ${i + 1}`, level)) })));
    expect(result.systems.map((s) => s.level)).toEqual([3, 3, 3, 3, 3, 3, 4, 5, 1]);
  });

  it("sets aside rows without a name (checked first) or without a valid level, with Vietnamese messages naming sheet, row and column", () => {
    const result = loaded(parse(sheet({
      systems: [
        system(1, "Cổng dịch vụ công"),
        [2, "", null, null, "Đã phê duyệt", "Đầy đủ"],
        system(3, "Hệ thống A", null),
        system(4, "Hệ thống B", 6),
        system(5, "Hệ thống C", 0),
        system(6, "Hệ thống D", "cao"),
        [7, "I. Hệ thống cấp tỉnh"],
        system(8, "Thư điện tử", 2),
      ],
    })));
    expect(result.systems.map((s) => [s.row, s.systemName])).toEqual([[7, "Cổng dịch vụ công"], [14, "Thư điện tử"]]);
    expect(result.rejectedRows.map((r) => [r.row, r.reasonCode])).toEqual([
      [8, "missing_system_name"],
      [9, "missing_level"],
      [10, "invalid_level"],
      [11, "invalid_level"],
      [12, "invalid_level"],
      [13, "missing_level"],
    ]);
    expect(result.rowsRead).toBe(8);
    expect(result.rejectedRows[0]).toEqual({
      file: "BaoCao.xlsx", sheet: "BM01", row: 8, reasonCode: "missing_system_name",
      message: 'BM-01 · trang "BM01" · dòng 8 · cột "Tên hệ thống thông tin": thiếu tên hệ thống thông tin — dòng không được tính',
    });
    expect(result.rejectedRows[1]!.message).toBe('BM-01 · trang "BM01" · dòng 9 · cột "Cấp độ": thiếu cấp độ (cần số từ 1 đến 5) — dòng "Hệ thống A" không được tính');
    expect(result.rejectedRows[2]!.message).toContain('"6" không hợp lệ — cấp độ phải từ 1 đến 5');
  });

  it("is still a report, of 0 systems, when every row is set aside", () => {
    const result = loaded(parse(sheet({ systems: [system(1, "Hệ thống A", null), [2, null, 3, "Đã phê duyệt", "Đầy đủ"], system(3, "Hệ thống C", 9)] })));
    expect(result.systems).toEqual([]);
    expect(result.submission).toMatchObject({ agencyCode: "T27", period: "2024-08" });
    expect(result.rejectedRows.map((r) => [r.row, r.reasonCode])).toEqual([[7, "missing_level"], [8, "missing_system_name"], [9, "invalid_level"]]);
  });

  it("is a report of 0 systems when the table is empty", () => {
    const result = loaded(parse(sheet({ systems: [], below: [["Tổng cộng", null, null, 0]] })));
    expect(result.systems).toEqual([]);
    expect(result.rejectedRows).toEqual([]);
    expect(result.rowsRead).toBe(0);
  });

  it("notes blank and unknown statuses, full implementation without approval, and a repeated name", () => {
    const result = loaded(parse(sheet({
      systems: [
        system(1, "Cổng dịch vụ công", 3, "", ""),
        system(2, "Thư điện tử", 2, "Chờ phê duyệt", "Đang cập nhật"),
        system(3, "Một cửa điện tử", 2, "Đang thẩm định", "Đầy đủ"),
        system(4, " CỔNG DỊCH VỤ CÔNG ", 3),
      ],
    })));
    expect(result.systems.map((s) => [s.approvalStatus, s.implementationStatus])).toEqual([
      ["blank", "blank"], ["unknown", "unknown"], ["under_review", "full"], ["approved", "full"],
    ]);
    expect(result.notes.map((n) => [n.row, n.code, n.column])).toEqual([
      [7, "blank-status", "Tình trạng phê duyệt HSĐXCĐ"],
      [7, "blank-status", "Triển khai phương án"],
      [8, "unknown-status", "Tình trạng phê duyệt HSĐXCĐ"],
      [8, "unknown-status", "Triển khai phương án"],
      [9, "implemented-not-approved", "Triển khai phương án"],
      [10, "duplicate-system-name", "Tên hệ thống thông tin"],
    ]);
    expect(result.notes[2]!.message).toContain('"Chờ phê duyệt"');
    expect(result.notes[3]!.message).toContain('"Đang cập nhật"');
    expect(result.notes[5]!.message).toContain("trùng với dòng 7");
  });
});

describe("parseBm01Sheet: a CSV without a header block", () => {
  const header = ["Cơ quan", "Kỳ báo cáo", "Ngày báo cáo", "STT", "Tên hệ thống thông tin", "Cấp độ", "Phê duyệt HSĐXCĐ", "Triển khai phương án"];
  const csv = (rows: RawValue[][]) => gridFromRows([header, ...rows], { sheetName: null });

  it("takes agency, period and date from columns that repeat the same value on every row", () => {
    const result = loaded(parse(csv([
      ["Bộ Công Thương", "Tháng 9/2024", "12/09/2024", "1", "Cổng dịch vụ công", "3", "Đã phê duyệt", "Đầy đủ"],
      ["bộ công thương ", "tháng 9/2024", "12/09/2024", "2", "Thư điện tử", "2", "Chưa", "Chưa"],
      ["Bộ Công Thương".normalize("NFD"), "Tháng 9/2024", "", "3", "Quản lý văn bản", "2", "x", "Một phần"],
    ])));
    expect(result.submission).toMatchObject({ sheet: null, agencyCode: "BCT", agencyNameAsWritten: "Bộ Công Thương", period: "2024-09", reportDate: "2024-09-12" });
    expect(result.systems.map((s) => s.row)).toEqual([2, 3, 4]);
  });

  it("accepts different spellings of one agency, period and date on different rows", () => {
    const result = loaded(parse(csv([
      ["Tỉnh Bắc Ninh", "Tháng 9/2024", "12/09/2024", "1", "Cổng dịch vụ công", "3", "Đã phê duyệt", "Đầy đủ"],
      ["UBND tỉnh Bắc Ninh", "09/2024", "12-9-2024", "2", "Thư điện tử", "2", "Chưa", "Chưa"],
      ["Bắc Ninh", "2024-09", "2024-09-12", "3", "Quản lý văn bản", "2", "x", "Một phần"],
    ])));
    expect(result.submission).toMatchObject({ agencyCode: "T27", period: "2024-09", reportDate: "2024-09-12" });
    expect(result.systems).toHaveLength(3);
  });

  it("rejects a file that mixes several agencies, naming them", () => {
    const result = failed(parse(csv([
      ["Bộ Công Thương", "Tháng 9/2024", "12/09/2024", "1", "Cổng dịch vụ công", "3", "Đã phê duyệt", "Đầy đủ"],
      ["Bộ Tư pháp", "Tháng 9/2024", "12/09/2024", "2", "Thư điện tử", "2", "Chưa", "Chưa"],
    ])));
    expect(result).toEqual({
      ok: false, reasonCode: "several_agencies",
      message: 'BM-01 · cột "Cơ quan": một biểu BM-01 chứa nhiều cơ quan ("Bộ Công Thương", "Bộ Tư pháp") — mỗi tệp BM-01 chỉ báo cáo cho một cơ quan, một kỳ',
    });
  });

  it("rejects a file that mixes periods or report dates", () => {
    const periods = failed(parse(csv([
      ["Bộ Công Thương", "Tháng 8/2024", "12/09/2024", "1", "A", "3", "x", "Đầy đủ"],
      ["Bộ Công Thương", "Tháng 9/2024", "12/09/2024", "2", "B", "2", "x", "Đầy đủ"],
    ])));
    expect(periods.reasonCode).toBe("several_periods");
    expect(periods.message).toContain('("Tháng 8/2024", "Tháng 9/2024")');
    const dates = failed(parse(csv([
      ["Bộ Công Thương", "Tháng 9/2024", "12/09/2024", "1", "A", "3", "x", "Đầy đủ"],
      ["Bộ Công Thương", "Tháng 9/2024", "13/09/2024", "2", "B", "2", "x", "Đầy đủ"],
    ])));
    expect(dates.reasonCode).toBe("several_report_dates");
  });

  it("prefers the header block to the columns when both exist", () => {
    const grid = gridFromRows([["Cơ quan báo cáo:", "Bộ Tư pháp"], ["Kỳ báo cáo:", "Tháng 7/2024"], [], header, ["Bộ Công Thương", "Tháng 9/2024", "", "1", "A", "3", "x", "Đầy đủ"]], { sheetName: null });
    expect(loaded(parse(grid)).submission).toMatchObject({ agencyCode: "BTP", period: "2024-07" });
  });

  it("rejects a file whose agency cannot be determined", () => {
    const result = failed(parse(csv([["", "Tháng 9/2024", "", "1", "A", "3", "x", "Đầy đủ"]])));
    expect(result.reasonCode).toBe("agency_missing");
  });
});
