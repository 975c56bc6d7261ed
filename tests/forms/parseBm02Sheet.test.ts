import { describe, expect, it } from "vitest";
import { parseBm02Sheet, type Bm02SheetResult } from "../../pipeline/forms/parseBm02Sheet.ts";
import { findTable } from "../../pipeline/forms/findTable.ts";
import { readHeaderBlock } from "../../pipeline/forms/readHeaderBlock.ts";
import { BM02 } from "../../pipeline/forms/formSpecs.ts";
import type { Grid, GridCell } from "../../pipeline/read/Grid.ts";
import type { RawValue } from "../../pipeline/read/RawValue.ts";
import { gridFromRows } from "../helpers/grid.ts";
import { BM02_HEADER, testRegistry } from "../helpers/forms.ts";

const registry = testRegistry();

function parse(grid: Grid): Bm02SheetResult {
  const table = findTable(grid, BM02);
  if (!table) throw new Error("no BM-02 table");
  const block = readHeaderBlock(grid, table.headerIndex + 1 - table.headerRowNumbers.length);
  return parseBm02Sheet(grid, table, block, { file: "TongHop.xlsx", registry });
}

function loaded(result: Bm02SheetResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.reasonCode}: ${result.message}`);
  return result;
}

/** A consolidated BM-02: header block in rows 1-3, header in row 5, agencies from row 6. */
function consolidated(rows: RawValue[][], below: RawValue[][] = []): Grid {
  return gridFromRows(
    [
      ["Cơ quan báo cáo:", "Cục An toàn thông tin"],
      ["Kỳ báo cáo:", "Tháng 7/2024"],
      ["Ngày báo cáo:", "26/07/2024"],
      [],
      BM02_HEADER,
      ...rows,
      ...below,
    ],
    { sheetName: "BM02" },
  );
}

describe("parseBm02Sheet: counts and rates", () => {
  it("reads one submission per agency row, with period and date from the header block", () => {
    const result = loaded(parse(consolidated([
      [1, "Bộ Công an", "BCA", "1.234", "1.100", "89,1", "1.050", "85,1%"],
      [2, "Bộ Tư pháp", null, 12, 9, 75, 6, "50"],
    ])));
    expect(result.submissions).toEqual([
      {
        sheet: "BM02", form: "BM-02", agencyCode: "BCA", agencyNameAsWritten: "Bộ Công an", period: "2024-07", isQuarterly: false,
        reportDate: "2024-07-26", sourceRow: 6, statedTotal: 1234, statedApproved: 1100, statedImplemented: 1050, statedLevels: [null, null, null, null, null],
      },
      {
        sheet: "BM02", form: "BM-02", agencyCode: "BTP", agencyNameAsWritten: "Bộ Tư pháp", period: "2024-07", isQuarterly: false,
        reportDate: "2024-07-26", sourceRow: 7, statedTotal: 12, statedApproved: 9, statedImplemented: 6, statedLevels: [null, null, null, null, null],
      },
    ]);
    expect(result.rejectedRows).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.rowsRead).toBe(2);
  });

  it("notes a stated rate more than 0.1 point off the counts (decimal comma, percent sign, percent cells)", () => {
    const grid = consolidated([
      [1, "Bộ Công an", "BCA", "1.000", "692", "69,2", "500", "50,2%"],
      [2, "Bộ Tư pháp", "BTP", 3, 2, "66,7", 1, "40%"],
      [3, "Bộ Y tế", "BYT", 10, 7, null, 7, 0.7],
    ]);
    const cells = (row: number) => grid.rows.find((r) => r.rowNumber === row)!.cells;
    // Real Excel percent cells: 0.5 shown as 50,0 % (off: 2/3 is 66,7 %), 0.7 shown as 70 % (right).
    (cells(7)[5] as GridCell) = { value: 0.5, numFmt: "0.0%" };
    (cells(8)[5] as GridCell) = { value: 0.7, numFmt: "0%" };
    const result = loaded(parse(grid));
    expect(result.notes.map((n) => [n.row, n.code, n.column])).toEqual([
      [6, "stated-rate-mismatch", "Tỷ lệ triển khai (%)"],
      [7, "stated-rate-mismatch", "Tỷ lệ phê duyệt (%)"],
      [7, "stated-rate-mismatch", "Tỷ lệ triển khai (%)"],
    ]);
    expect(result.notes[0]!.message).toBe(
      'BM-02 · trang "BM02" · dòng 6 · cột "Tỷ lệ triển khai (%)" (Bộ Công an): tỷ lệ triển khai ghi 50,2 % nhưng số liệu cho 50,00 % (500/1000) — dùng tỷ lệ tính từ số liệu',
    );
  });

  it("reads the counts per level when stated", () => {
    const header = ["Cơ quan", "Tổng số HTTT", "Đã phê duyệt", "Đã triển khai đầy đủ", "Cấp độ 1", "Cấp độ 2", "Cấp độ 3", "Cấp độ 4", "Cấp độ 5"];
    const grid = gridFromRows([["Kỳ báo cáo: Tháng 8/2024"], header, ["Bộ Y tế", 10, 5, 2, "1", 2, "6", 1, null]]);
    expect(loaded(parse(grid)).submissions[0]!.statedLevels).toEqual([1, 2, 6, 1, null]);
  });

  it("stops at the totals row and checks the rates stated there too", () => {
    const result = loaded(parse(consolidated(
      [[1, "Bộ Công an", "BCA", 10, 5, "50", 5, "50"], [2, "Bộ Tư pháp", "BTP", 10, 5, "50", 0, "0"]],
      [[null, "Tổng cộng", null, 20, 10, "60,0", 5, "25"], [null, "Nơi nhận: Bộ Công an (để b/c)", "BCA", 1, 1, null, 1]],
    )));
    expect(result.submissions.map((s) => s.agencyCode)).toEqual(["BCA", "BTP"]);
    expect(result.notes.map((n) => [n.row, n.code, n.column])).toEqual([[8, "stated-rate-mismatch", "Tỷ lệ phê duyệt (%)"]]);
    expect(result.notes[0]!.message).toContain("(Tổng cộng)");
  });
});

describe("parseBm02Sheet: rows set aside while the rest loads", () => {
  it("sets aside approved > total, implemented > approved, missing or fractional counts and unknown agencies", () => {
    const result = loaded(parse(consolidated([
      [1, "Bộ Công an", "BCA", 12, 10, null, 8],
      [2, "Tỉnh Đắk Lắk", null, 9, 12, null, 5],
      [3, "Bộ Tư pháp", null, 10, 5, null, 6],
      [4, "Bộ Y tế", null, 10, "", null, 0],
      [5, "Sở Du lịch tỉnh ABC", null, 3, 2, null, 1],
      [6, "Tỉnh Bắc Ninh", null, "7,5", 2, null, 1],
      [7, "Thành phố Hà Nội", null, "-", 2, null, 1],
      [8, "TP. Hồ Chí Minh", null, 40, 30, null, 20],
    ])));
    expect(result.submissions.map((s) => [s.sourceRow, s.agencyCode])).toEqual([[6, "BCA"], [13, "T79"]]);
    expect(result.rejectedRows.map((r) => [r.row, r.reasonCode])).toEqual([
      [7, "approved_gt_total"],
      [8, "implemented_gt_approved"],
      [9, "missing_count"],
      [10, "unknown_agency"],
      [11, "count_not_whole"],
      [12, "missing_count"],
    ]);
    expect(result.rowsRead).toBe(8);
    const message = (row: number) => result.rejectedRows.find((r) => r.row === row)!.message;
    expect(message(7)).toBe(
      'BM-02 · trang "BM02" · dòng 7 · cột "Số HTTT đã được phê duyệt HSĐXCĐ" (Tỉnh Đắk Lắk): số HTTT đã phê duyệt (12) lớn hơn tổng số HTTT (9) — kiểm tra lại hai cột này; dòng không được tính',
    );
    expect(message(8)).toContain("số HTTT đã triển khai đầy đủ (6) lớn hơn số đã phê duyệt (5)");
    expect(message(9)).toMatch(/^BM-02 · trang "BM02" · dòng 9 · cột "Số HTTT đã được phê duyệt HSĐXCĐ" \(Bộ Y tế\): thiếu số liệu/);
    expect(message(10)).toMatch(/^BM-02 · trang "BM02" · dòng 10: .*Sở Du lịch tỉnh ABC.* — dòng không được tính$/);
  });

  it("sets aside a row of an agency that no longer exists in the period", () => {
    const grid = gridFromRows([["Kỳ báo cáo:", "Tháng 8/2025"], ["Cơ quan", "Tổng số HTTT", "Đã phê duyệt", "Đã triển khai đầy đủ"], ["Tỉnh Kon Tum", 5, 2, 1], ["Tỉnh Quảng Ngãi", 7, 3, 1]]);
    const result = loaded(parse(grid));
    expect(result.submissions.map((s) => s.agencyCode)).toEqual(["N51"]);
    expect(result.rejectedRows.map((r) => [r.row, r.reasonCode])).toEqual([[3, "agency_not_in_period"]]);
  });
});

describe("parseBm02Sheet: the period", () => {
  it("takes the period and date from columns when there is no header block", () => {
    const grid = gridFromRows(
      [["Cơ quan", "Kỳ báo cáo", "Ngày báo cáo", "Tổng số HTTT", "Đã phê duyệt", "Đã triển khai đầy đủ"], ["Thành phố Cần Thơ", "Quý III/2024", "18/09/2024", 20, 10, 5], ["Bộ Y tế", "Tháng 8/2024", "", 4, 4, 4]],
      { sheetName: null },
    );
    const result = loaded(parse(grid));
    expect(result.submissions.map((s) => [s.agencyCode, s.period, s.isQuarterly, s.reportDate])).toEqual([
      ["T92", "2024-09", true, "2024-09-18"],
      ["BYT", "2024-08", false, null],
    ]);
  });

  it("rejects the sheet without a period in a header block or a column", () => {
    const result = parse(gridFromRows([["Cơ quan", "Tổng số HTTT", "Đã phê duyệt", "Đã triển khai đầy đủ"], ["Bộ Y tế", 4, 4, 4]], { sheetName: "BM02" }));
    expect(result).toEqual({
      ok: false, reasonCode: "period_unreadable",
      message: 'BM-02 · trang "BM02": thiếu kỳ báo cáo (không có ô "Kỳ báo cáo" phía trên bảng, cũng không có cột "Kỳ báo cáo")',
    });
  });

  it("rejects the sheet when the header block's period cannot be read", () => {
    const result = parse(gridFromRows([["Kỳ báo cáo:", "6 tháng đầu năm 2024"], ["Cơ quan", "Tổng số HTTT", "Đã phê duyệt", "Đã triển khai đầy đủ"], ["Bộ Y tế", 4, 4, 4]], { sheetName: "BM02" }));
    if (result.ok) throw new Error("expected a rejection");
    expect(result.reasonCode).toBe("period_unreadable");
    expect(result.message).toMatch(/^BM-02 · trang "BM02" · dòng 1: .*nửa năm/);
  });

  it("sets aside a row whose own period cannot be read", () => {
    const grid = gridFromRows([["Cơ quan", "Kỳ báo cáo", "Tổng số HTTT", "Đã phê duyệt", "Đã triển khai đầy đủ"], ["Bộ Y tế", "Năm 2024", 4, 4, 4], ["Bộ Tư pháp", "08/2024", 4, 4, 4]], { sheetName: null });
    const result = loaded(parse(grid));
    expect(result.submissions.map((s) => s.agencyCode)).toEqual(["BTP"]);
    expect(result.rejectedRows.map((r) => [r.row, r.reasonCode])).toEqual([[2, "period_unreadable"]]);
  });
});

describe("parseBm02Sheet: stated figures for the rate audit", () => {
  it("catches a published national rate the counts do not support (2.265 / 3.418 stated as 69,2 %)", () => {
    const result = loaded(parse(consolidated(
      [
        [1, "Bộ Công an", "", "1.418", "1.000", "70,5%", "300", "21,2%"],
        [2, "Thành phố Hà Nội", "", "2.000", "1.265", "63,3%", "414", "20,7%"],
      ],
      [["Tổng cộng", "", "", "3.418", "2.265", "69,2%", "714", "20,9%"]],
    )));
    const totals = result.statedFigures.filter((f) => f.label === "Tổng cộng");
    expect(totals.map((f) => [f.figure, f.statedValue, f.numerator, f.denominator, f.basis])).toEqual([
      ["total_systems", 3418, 3418, null, "table_rows"],
      ["approved_systems", 2265, 2265, null, "table_rows"],
      ["implemented_systems", 714, 714, null, "table_rows"],
      ["approval_rate", 69.2, 2265, 3418, "row_counts"],
      ["implementation_rate", 20.9, 714, 3418, "row_counts"],
    ]);
    expect(result.notes.map((n) => n.message)).toEqual([
      'BM-02 · trang "BM02" · dòng 8 · cột "Tỷ lệ phê duyệt (%)" (Tổng cộng): tỷ lệ phê duyệt ghi 69,2 % nhưng số liệu cho 66,27 % (2265/3418) — dùng tỷ lệ tính từ số liệu',
    ]);
  });
});
