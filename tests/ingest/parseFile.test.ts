import { describe, expect, it } from "vitest";
import { parseFile } from "../../pipeline/ingest/parseFile.ts";
import type { FileOutcome } from "../../pipeline/ingest/records.ts";
import type { RawValue } from "../../pipeline/read/RawValue.ts";
import { buildWorkbook, type CellInput, type SheetInput } from "../helpers/buildWorkbook.ts";
import { buildZip } from "../helpers/buildZip.ts";
import { encodeText, textFile, type TextFileEncoding } from "../helpers/textFile.ts";
import { BM01_HEADER, BM02_HEADER, bm01Sheet, testRegistry } from "../helpers/forms.ts";

const registry = testRegistry();

type Loaded = Extract<FileOutcome, { status: "loaded" }>;
type Rejected = Extract<FileOutcome, { status: "rejected" }>;

function loaded(outcome: FileOutcome): Loaded {
  if (outcome.status !== "loaded") throw new Error(`expected loaded, got ${outcome.reasonCode}: ${outcome.message}`);
  return outcome;
}

function rejected(outcome: FileOutcome): Rejected {
  if (outcome.status !== "rejected") throw new Error("expected the file to be rejected");
  return outcome;
}

const VIETNAMESE = /[ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợíìỉĩịúùủũụứừửữựýỳỷỹỵ]/i;

async function xlsx(...sheets: SheetInput[]): Promise<Buffer> {
  return buildWorkbook(sheets);
}

const systems: RawValue[][] = [
  [1, "Cổng dịch vụ công", "Văn phòng UBND tỉnh", 3, "Đã phê duyệt", "Đầy đủ"],
  [2, "Hệ thống thư điện tử", "Sở TT&TT", 2, "Chưa phê duyệt", "Chưa triển khai"],
  [3, "Hệ thống quản lý văn bản", "Sở TT&TT", 2, "Đã phê duyệt", "Một phần"],
];

const bm01 = (name = "BM01", options: Partial<Parameters<typeof bm01Sheet>[0]> = {}): SheetInput => ({
  name,
  rows: bm01Sheet({ systems, ...options }),
  merges: ["A1:G1"],
});

/** [row, name, level, approval, implementation] of each loaded system. */
const systemRows = (outcome: Loaded) =>
  outcome.systems.flat().map((s) => [s.row, s.systemName, s.level, s.approvalStatus, s.implementationStatus]);

describe("parseFile: workbooks that load", () => {
  it("loads a BM-01 workbook: one submission, its systems by sheet row", async () => {
    const outcome = loaded(await parseFile("BaoCao.xlsx", await xlsx(bm01()), registry));
    expect(outcome.submissions).toHaveLength(1);
    expect(outcome.submissions[0]).toMatchObject({ sheet: "BM01", form: "BM-01", agencyCode: "T27", period: "2024-08", reportDate: "2024-08-15" });
    expect(systemRows(outcome)).toEqual([
      [7, "Cổng dịch vụ công", 3, "approved", "full"],
      [8, "Hệ thống thư điện tử", 2, "not_approved", "none"],
      [9, "Hệ thống quản lý văn bản", 2, "approved", "partial"],
    ]);
    expect(outcome.rowsRead).toBe(3);
    expect(outcome.rejectedRows).toEqual([]);
    expect(outcome.notes).toEqual([]);
  });

  it("finds the header at row 3 under an inline header block", async () => {
    const rows: CellInput[][] = [["Cơ quan báo cáo: Bộ Tư pháp", null, null, "Kỳ báo cáo: Tháng 8/2024"], ["Ngày báo cáo: 12/08/2024"], BM01_HEADER, ...systems];
    const outcome = loaded(await parseFile("BaoCao.xlsx", await xlsx({ name: "Sheet1", rows }), registry));
    expect(outcome.submissions[0]).toMatchObject({ agencyCode: "BTP", period: "2024-08", reportDate: "2024-08-12" });
    expect(systemRows(outcome).map((r) => r[0])).toEqual([4, 5, 6]);
  });

  it("finds the header at row 18 below a long preamble, with the header block right above it", async () => {
    const preamble: CellInput[][] = Array.from({ length: 14 }, (_, i) => [`Căn cứ văn bản số ${i + 1}/BTTTT-CATTT …`]);
    const rows: CellInput[][] = [...preamble, ["Cơ quan báo cáo:", "Thành phố Hà Nội"], ["Kỳ báo cáo:", "08/2024"], ["Ngày báo cáo:", new Date(Date.UTC(2024, 7, 9))], BM01_HEADER, ...systems];
    const outcome = loaded(await parseFile("BaoCao.xlsx", await xlsx({ name: "Sheet1", rows }), registry));
    expect(outcome.submissions[0]).toMatchObject({ agencyCode: "T01", period: "2024-08", reportDate: "2024-08-09" });
    expect(systemRows(outcome).map((r) => r[0])).toEqual([19, 20, 21]);
  });

  it("reads a two-row header: merged 'Tình trạng' over its two sub-headers, STT and name merged down", async () => {
    const rows: CellInput[][] = [
      ["DANH MỤC HỆ THỐNG THÔNG TIN"],
      ["Cơ quan báo cáo:", null, "Bộ Y tế"],
      ["Kỳ báo cáo:", null, "Tháng 8/2024"],
      ["STT", "Tên hệ thống thông tin", "Cấp độ", "Tình trạng", null, "Ghi chú"],
      [null, null, null, "Phê duyệt HSĐXCĐ", "Triển khai phương án", null],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      [1, "Hồ sơ sức khỏe điện tử", 3, "Đã phê duyệt", "Đầy đủ", null],
      [2, "Cổng thông tin điện tử", 2, "Đang thẩm định", "Chưa triển khai", "Đang trình"],
      ["Tổng cộng", null, null, 1, 1],
    ];
    const data = await xlsx({ name: "BM-01", rows, merges: ["A1:F1", "A2:B2", "A3:B3", "A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "A9:C9"] });
    const outcome = loaded(await parseFile("BaoCao.xlsx", data, registry));
    expect(outcome.submissions[0]).toMatchObject({ sheet: "BM-01", agencyCode: "BYT", period: "2024-08", reportDate: null });
    expect(systemRows(outcome)).toEqual([
      [7, "Hồ sơ sức khỏe điện tử", 3, "approved", "full"],
      [8, "Cổng thông tin điện tử", 2, "under_review", "none"],
    ]);
  });

  it("does not take the sub-header row of a two-row header for a system when it names no column of its own", async () => {
    const rows: CellInput[][] = [
      ["Cơ quan báo cáo:", "Bộ Y tế"],
      ["Kỳ báo cáo:", "Tháng 8/2024"],
      ["STT", "Tên hệ thống thông tin", "Cấp độ", null, "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án"],
      [null, null, "Đề xuất", "Được phê duyệt", null, null],
      [1, "Hồ sơ sức khỏe điện tử", 3, 3, "Đã phê duyệt", "Đầy đủ"],
    ];
    const data = await xlsx({ name: "BM01", rows, merges: ["A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4"] });
    const outcome = loaded(await parseFile("BaoCao.xlsx", data, registry));
    expect(systemRows(outcome)).toEqual([[5, "Hồ sơ sức khỏe điện tử", 3, "approved", "full"]]);
    expect(outcome.rejectedRows).toEqual([]);
  });

  it("ignores a hidden sheet with a stale (even incomplete) table and a visible instructions sheet", async () => {
    const instructions: SheetInput = {
      name: "Hướng dẫn",
      rows: [["HƯỚNG DẪN ĐIỀN BIỂU MẪU"], ["Cột", "Nội dung"], ["Tên hệ thống thông tin", "Ghi tên đầy đủ"], ["Cấp độ", "Từ 1 đến 5"]],
    };
    const stale: SheetInput = { name: "BM01 (cũ)", state: "hidden", rows: bm01Sheet({ agency: "Tỉnh Lào Cai", period: "Tháng 7/2024", header: ["STT", "Tên hệ thống thông tin", "Cấp độ"], systems: [[1, "Cũ", 1]] }) };
    const lists: SheetInput = { name: "DM", state: "veryHidden", rows: [["Đã phê duyệt"], ["Chưa phê duyệt"]] };
    const outcome = loaded(await parseFile("BaoCao.xlsx", await xlsx(instructions, stale, bm01("Báo cáo"), lists), registry));
    expect(outcome.submissions.map((s) => [s.sheet, s.agencyCode, s.period])).toEqual([["Báo cáo", "T27", "2024-08"]]);
    expect(systemRows(outcome)).toHaveLength(3);
  });

  it("reads formula cells by their cached results and numbers stored as text; hidden rows are data", async () => {
    const rows: CellInput[][] = [
      ...bm01Sheet({ systems: [] }),
      ["1", "Cổng dịch vụ công", "VP", { formula: 'VALUE("3")', result: 3 }, { formula: 'IF(J7="x","Đã phê duyệt","Chưa phê duyệt")', result: "Đã phê duyệt" }, "Đầy đủ"],
      ["2", "Thư điện tử", "VP", "2", "Đã phê duyệt", { formula: 'IF(K8>0,"Đầy đủ","Một phần")', result: "Một phần" }],
      ["3", "Một cửa", "VP", " 4 ", { formula: "VLOOKUP(B9,DM!A:B,2,0)", result: { error: "#N/A" } }, "Chưa triển khai"],
    ];
    const outcome = loaded(await parseFile("BaoCao.xlsx", await xlsx({ name: "BM01", rows, hiddenRows: [8] }), registry));
    expect(systemRows(outcome)).toEqual([
      [7, "Cổng dịch vụ công", 3, "approved", "full"],
      [8, "Thư điện tử", 2, "approved", "partial"],
      [9, "Một cửa", 4, "unknown", "none"],
    ]);
    expect(outcome.notes.map((n) => [n.row, n.code])).toEqual([[9, "unknown-status"]]);
    expect(outcome.notes[0]!.message).toContain('"#N/A"');
  });

  it("reads a sheet typed in TCVN3 with a .VnTime font", async () => {
    // TCVN3 (ABC) spellings, as Excel stores them for a .VnTime cell.
    const rows: CellInput[][] = [
      ["Danh môc hÖ thèng th«ng tin"],
      ["C¬ quan b¸o c¸o:", "TØnh B¾c Ninh"],
      ["Kú b¸o c¸o:", "Th¸ng 8/2024"],
      ["STT", "Tªn hÖ thèng th«ng tin", "CÊp ®é", "T×nh tr¹ng phª duyÖt HS§XC§", "TriÓn khai ph\u00ad¬ng ¸n"],
      [1, "Cæng dÞch vô c«ng", 3, "§· phª duyÖt", "§Çy ®ñ"],
      [2, "HÖ thèng th\u00ad ®iÖn tö", 2, "Ch\u00ada phª duyÖt", "Ch\u00ada triÓn khai"],
      ["Tæng céng", null, null, 1, 1],
    ];
    const outcome = loaded(await parseFile("BaoCao.xlsx", await xlsx({ name: "BM01", rows, font: ".VnTime" }), registry));
    expect(outcome.submissions[0]).toMatchObject({ agencyCode: "T27", agencyNameAsWritten: "Tỉnh Bắc Ninh", period: "2024-08" });
    expect(systemRows(outcome)).toEqual([
      [5, "Cổng dịch vụ công", 3, "approved", "full"],
      [6, "Hệ thống thư điện tử", 2, "not_approved", "none"],
    ]);
  });

  it("reads a sheet typed in VNI with a VNI-Times font", async () => {
    const rows: CellInput[][] = [
      ["Cô quan baùo caùo:", "Thaønh phoá Haø Noäi"],
      ["Kyø baùo caùo:", "Thaùng 8/2024"],
      ["STT", "Teân heä thoáng thoâng tin", "Caáp ñoä", "Tình traïng pheâ duyeät HSÑXCÑ", "Trieån khai phöông aùn"],
      [1, "Coång dòch vuï coâng", 3, "Ñaõ pheâ duyeät", "Ñaày ñuû"],
    ];
    const outcome = loaded(await parseFile("BaoCao.xlsx", await xlsx({ name: "BM01", rows, font: "VNI-Times" }), registry));
    expect(outcome.submissions[0]).toMatchObject({ agencyCode: "T01", agencyNameAsWritten: "Thành phố Hà Nội", period: "2024-08" });
    expect(systemRows(outcome)).toEqual([[4, "Cổng dịch vụ công", 3, "approved", "full"]]);
  });

  it("loads a BM-01 of which every row is set aside as a report of 0 systems", async () => {
    const data = await xlsx(bm01("BM01", { systems: [[1, "Cổng dịch vụ công", "VP", null, "x", "Đầy đủ"], [2, "", "VP", 3, "x", "Đầy đủ"], [3, "Thư điện tử", "VP", "Cấp độ 7", "x", "Đầy đủ"]] }));
    const outcome = loaded(await parseFile("BaoCao.xlsx", data, registry));
    expect(outcome.submissions).toHaveLength(1);
    expect(outcome.systems).toEqual([[]]);
    expect(outcome.rejectedRows.map((r) => [r.sheet, r.row, r.reasonCode])).toEqual([["BM01", 7, "missing_level"], ["BM01", 8, "missing_system_name"], ["BM01", 9, "invalid_level"]]);
    for (const r of outcome.rejectedRows) {
      expect(r.file).toBe("BaoCao.xlsx");
      expect(r.message).toMatch(new RegExp(`^BM-01 · trang "BM01" · dòng ${r.row} · cột "`));
      expect(r.message).toMatch(VIETNAMESE);
    }
  });

  it("loads a workbook with a BM-01 and a BM-02 sheet; the BM-02 shares the header block", async () => {
    const summary: SheetInput = { name: "BM02", rows: [BM02_HEADER, [1, "Tỉnh Bắc Ninh", "T27", 3, 2, "66,7", 1, "33,3"]] };
    const outcome = loaded(await parseFile("BaoCao.xlsx", await xlsx(bm01(), summary), registry));
    expect(outcome.submissions.map((s) => [s.form, s.sheet, s.agencyCode, s.period, s.reportDate, s.sourceRow])).toEqual([
      ["BM-01", "BM01", "T27", "2024-08", "2024-08-15", null],
      ["BM-02", "BM02", "T27", "2024-08", "2024-08-15", 2],
    ]);
    expect(outcome.systems.map((list) => list.length)).toEqual([3, 0]);
  });
});

describe("parseFile: workbooks that are rejected", () => {
  it("rejects a sheet missing a required column, naming sheet, row and column", async () => {
    const header = ["STT", "Tên hệ thống thông tin", "Đơn vị vận hành", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Ghi chú"];
    const outcome = rejected(await parseFile("BaoCao.xlsx", await xlsx(bm01("BM01", { header })), registry));
    expect(outcome).toEqual({
      status: "rejected", reasonCode: "required_columns_missing", notes: [],
      message: 'BM-01 · trang "BM01" · dòng 6: thiếu cột bắt buộc "Triển khai phương án"',
    });
    const two = rejected(await parseFile("BaoCao.xlsx", await xlsx(bm01("BM01", { header: ["STT", "Tên HTTT", "Cấp độ"] })), registry));
    expect(two.message).toBe('BM-01 · trang "BM01" · dòng 6: thiếu cột bắt buộc "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án"');
  });

  it("rejects a BM-02 sheet missing a required column", async () => {
    const outcome = rejected(await parseFile("TongHop.xlsx", await xlsx({ name: "TH", rows: [["Kỳ báo cáo:", "Tháng 8/2024"], ["Cơ quan", "Tổng số HTTT", "Đã phê duyệt"], ["Bộ Y tế", 4, 2]] }), registry));
    expect(outcome.reasonCode).toBe("required_columns_missing");
    expect(outcome.message).toBe('BM-02 · trang "TH" · dòng 2: thiếu cột bắt buộc "Số HTTT đã triển khai đầy đủ phương án"');
  });

  it("rejects two visible sheets of the same form, naming them", async () => {
    const outcome = rejected(await parseFile("BaoCao.xlsx", await xlsx(bm01("BM01"), bm01("BM01 (2)", { period: "Tháng 9/2024" })), registry));
    expect(outcome.reasonCode).toBe("two_sheets_same_form");
    expect(outcome.message).toContain('2 trang hiển thị cùng biểu BM-01 ("BM01", "BM01 (2)")');
  });

  it("rejects a workbook with no usable sheet, or a header below row 20", async () => {
    const none = rejected(await parseFile("BaoCao.xlsx", await xlsx({ name: "Hướng dẫn", rows: [["HƯỚNG DẪN"]] }), registry));
    expect(none.reasonCode).toBe("no_form_sheet");
    expect(none.message).toContain("20 dòng đầu");
    const rows: CellInput[][] = [["Cơ quan báo cáo:", "Bộ Y tế"], ["Kỳ báo cáo:", "Tháng 8/2024"], ...Array.from({ length: 18 }, (_, i) => [`Ghi chú ${i + 1}`]), BM01_HEADER, ...systems];
    expect(rows.indexOf(BM01_HEADER)).toBe(20); // sheet row 21
    expect(rejected(await parseFile("BaoCao.xlsx", await xlsx({ name: "BM01", rows }), registry)).reasonCode).toBe("no_form_sheet");
  });

  it("rejects a truncated workbook (cut in half) as corrupt", async () => {
    const data = await xlsx(bm01("BM01", { systems: Array.from({ length: 300 }, (_, i) => [i + 1, `Hệ thống ${i + 1}`, "VP", 3, "x", "Đầy đủ"]) }));
    const outcome = rejected(await parseFile("BaoCao.xlsx", data.subarray(0, Math.floor(data.length / 2)), registry));
    expect(outcome.reasonCode).toBe("corrupt_xlsx");
    expect(outcome.message).toMatch(/^sổ tính \.xlsx bị hỏng hoặc không đầy đủ/);
  });

  it("rejects Kon Tum's report for 2025-08: the agency no longer exists", async () => {
    const data = await xlsx(bm01("BM01", { agency: "UBND tỉnh Kon Tum", period: "Tháng 8/2025", reportDate: "14/08/2025" }));
    const outcome = rejected(await parseFile("BaoCao.xlsx", data, registry));
    expect(outcome.reasonCode).toBe("agency_not_in_period");
    expect(outcome.message).toMatch(/^BM-01 · trang "BM01": .*không còn tồn tại trong kỳ 2025-08/);
  });

  it("rejects a report whose Mã cơ quan and name disagree", async () => {
    const sheet = bm01("BM01");
    sheet.rows.splice(2, 0, ["Mã cơ quan:", "BTP"]);
    const outcome = rejected(await parseFile("BaoCao.xlsx", await xlsx(sheet), registry));
    expect(outcome.reasonCode).toBe("agency_code_name_mismatch");
    expect(outcome.message).toContain("mã cơ quan và tên cơ quan không khớp nhau");
  });

  it("passes on the sniffer's rejections", async () => {
    const cases: [string, Buffer, string][] = [
      ["BaoCao.xlsx", Buffer.alloc(0), "empty_file"],
      ["BaoCao.csv", Buffer.from("\r\n".repeat(200)), "empty_file"],
      ["BaoCao.xls", Buffer.from("<html><body><table><tr><td>STT</td></tr></table></body></html>"), "html_not_spreadsheet"],
      ["BaoCao.xlsx", textFile([BM01_HEADER, ...systems.map((r) => r.map(String))]), "csv_with_xlsx_extension"],
      ["BaoCao.pdf", Buffer.from("%PDF-1.4\n"), "not_a_spreadsheet"],
      ["BaoCao.xlsx", buildZip([{ name: "BaoCao.csv", content: "STT" }]), "not_a_workbook"],
    ];
    for (const [name, data, reasonCode] of cases) {
      const outcome = rejected(await parseFile(name, data, registry));
      expect(outcome.reasonCode, name).toBe(reasonCode);
      expect(outcome.message).toMatch(VIETNAMESE);
    }
  });
});

describe("parseFile: CSV and text files", () => {
  const block = [["Cơ quan báo cáo:", "Tỉnh Bắc Ninh"], ["Kỳ báo cáo:", "Tháng 8/2024"], ["Ngày báo cáo:", "15/08/2024"], []];
  const header = ["STT", "Tên hệ thống thông tin", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án"];
  const records = [
    ["1", "Cổng dịch vụ công", "3", "Đã phê duyệt", "Đầy đủ"],
    ["2", "Hệ thống thư điện tử\n(mail.bacninh.gov.vn)", "2", "Chưa phê duyệt", "Chưa triển khai"],
    ["3", "Hệ thống quản lý văn bản", "", "Đã phê duyệt", "Một phần"],
    ["4", "Một cửa điện tử", "Cấp độ 2", "x", "Đầy đủ"],
  ];

  const cases: [string, TextFileEncoding, string][] = [
    ["BaoCao.csv", "utf-8", ","],
    ["BaoCao.csv", "utf-8-bom", ";"],
    ["BaoCao.txt", "utf-16le-bom", "\t"],
    ["BaoCao.txt", "utf-16le", "\t"],
    ["BaoCao.csv", "windows-1258", ","],
  ];
  for (const [name, encoding, separator] of cases) {
    it(`loads ${name} in ${encoding} separated by ${JSON.stringify(separator)}, rows on physical lines`, async () => {
      // The empty line 4 and the line break inside record 2 (lines 7-8) move every later record down.
      const data = textFile([...block, header, ...records], { encoding, separator });
      const outcome = loaded(await parseFile(name, data, registry));
      expect(outcome.submissions).toHaveLength(1);
      expect(outcome.submissions[0]).toMatchObject({ sheet: null, form: "BM-01", agencyCode: "T27", period: "2024-08", reportDate: "2024-08-15" });
      expect(outcome.submissions[0]!.agencyNameAsWritten?.normalize("NFC")).toBe("Tỉnh Bắc Ninh");
      expect(systemRows(outcome)).toEqual([
        [6, "Cổng dịch vụ công", 3, "approved", "full"],
        [7, "Hệ thống thư điện tử\n(mail.bacninh.gov.vn)", 2, "not_approved", "none"],
        [10, "Một cửa điện tử", 2, "approved", "full"],
      ]);
      expect(outcome.rejectedRows).toEqual([
        { file: name, sheet: null, row: 9, reasonCode: "missing_level", message: 'BM-01 · dòng 9 · cột "Cấp độ": thiếu cấp độ (cần số từ 1 đến 5) — dòng "Hệ thống quản lý văn bản" không được tính' },
      ]);
    });
  }

  it("gives the same lines for LF and CRLF files", async () => {
    const lf = loaded(await parseFile("a.csv", textFile([...block, header, ...records], { eol: "\n" }), registry));
    const crlf = loaded(await parseFile("a.csv", textFile([...block, header, ...records], { eol: "\r\n" }), registry));
    expect(systemRows(lf)).toEqual(systemRows(crlf));
    expect(lf.rejectedRows).toEqual(crlf.rejectedRows);
  });

  const columnsHeader = ["Cơ quan", "Kỳ báo cáo", "Ngày báo cáo", "STT", "Tên hệ thống thông tin", "Cấp độ", "Phê duyệt HSĐXCĐ", "Triển khai phương án"];

  it("loads a BM-01 CSV without a header block whose agency, period and date columns repeat one value", async () => {
    const data = textFile([
      columnsHeader,
      ["Bộ Công Thương", "Quý III/2024", "12/09/2024", "1", "Cổng dịch vụ công", "3", "Đã phê duyệt", "Đầy đủ"],
      ["Bộ Công Thương", "Quý III/2024", "12/09/2024", "2", "Thư điện tử", "2", "Đang trình", "Chưa"],
    ], { encoding: "utf-8-bom" });
    const outcome = loaded(await parseFile("BCT.csv", data, registry));
    expect(outcome.submissions[0]).toMatchObject({ agencyCode: "BCT", period: "2024-09", isQuarterly: true, reportDate: "2024-09-12" });
    expect(systemRows(outcome).map((r) => r[0])).toEqual([2, 3]);
  });

  it("rejects a BM-01 CSV whose agency column holds several agencies", async () => {
    const data = textFile([
      columnsHeader,
      ["Bộ Công Thương", "Tháng 9/2024", "12/09/2024", "1", "Cổng dịch vụ công", "3", "Đã phê duyệt", "Đầy đủ"],
      ["Bộ Y tế", "Tháng 9/2024", "12/09/2024", "2", "Thư điện tử", "2", "Đang trình", "Chưa"],
    ]);
    const outcome = rejected(await parseFile("BCT.csv", data, registry));
    expect(outcome.reasonCode).toBe("several_agencies");
    expect(outcome.message).toBe('BM-01 · cột "Cơ quan": một biểu BM-01 chứa nhiều cơ quan ("Bộ Công Thương", "Bộ Y tế") — mỗi tệp BM-01 chỉ báo cáo cho một cơ quan, một kỳ');
  });

  it("loads a BM-02 CSV with semicolons, thousands separators and decimal-comma rates; bad rows are set aside", async () => {
    const data = encodeText(
      [
        "Kỳ báo cáo:;Tháng 8/2024",
        "Ngày báo cáo:;22/08/2024",
        "STT;Cơ quan;Tổng số HTTT;Số HTTT đã được phê duyệt HSĐXCĐ;Tỷ lệ phê duyệt (%);Số HTTT đã triển khai đầy đủ phương án;Tỷ lệ triển khai (%)",
        "1;Bộ Công an;1.234;1.100;89,1%;1.050;85,1%",
        "2;Tỉnh Đắk Lắk;9;12;133,3;5;55,6",
        "3;Bộ Tư pháp;10;5;50,0;6;60,0",
        "4;Bộ Y tế;10;;;0;0",
        "5;Sở Du lịch tỉnh ABC;3;2;66,7;1;33,3",
        "6;Tỉnh Bắc Ninh;20;10;55,0;5;25,0",
        "Tổng cộng;;1.286;1.139;;1.067;",
      ].join("\r\n"),
      "utf-8-bom",
    );
    const outcome = loaded(await parseFile("TongHop.csv", data, registry));
    expect(outcome.submissions.map((s) => [s.sourceRow, s.agencyCode, s.statedTotal, s.statedApproved, s.statedImplemented, s.period, s.reportDate])).toEqual([
      [4, "BCA", 1234, 1100, 1050, "2024-08", "2024-08-22"],
      [9, "T27", 20, 10, 5, "2024-08", "2024-08-22"],
    ]);
    expect(outcome.systems).toEqual([[], []]);
    expect(outcome.rejectedRows.map((r) => [r.row, r.reasonCode])).toEqual([
      [5, "approved_gt_total"],
      [6, "implemented_gt_approved"],
      [7, "missing_count"],
      [8, "unknown_agency"],
    ]);
    expect(outcome.notes.map((n) => [n.row, n.code, n.column])).toEqual([[9, "stated-rate-mismatch", "Tỷ lệ phê duyệt (%)"]]);
    expect(outcome.rowsRead).toBe(6);
  });
});
