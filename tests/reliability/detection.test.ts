import { describe, expect, it } from "vitest";
import { loadRegistry } from "../../pipeline/registry/index.ts";
import { parseFile } from "../../pipeline/ingest/parseFile.ts";
import { readZipEntries } from "../../pipeline/read/readZipEntries.ts";
import { inflateZipEntry } from "../../pipeline/read/inflateZipEntry.ts";
import type { FileOutcome } from "../../pipeline/ingest/records.ts";
import { zipOf } from "../../bench/fuzz/zipOf.ts";
import { buildWorkbook } from "../helpers/buildWorkbook.ts";
import { textFile } from "../helpers/textFile.ts";

const registry = loadRegistry();
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ole2 = (stream: string) => Buffer.concat([OLE2, Buffer.alloc(504), Buffer.from(stream, "utf16le"), Buffer.alloc(1024, 0xff)]);
const CT = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

async function reason(name: string, data: Buffer): Promise<{ reasonCode: string; message: string }> {
  const outcome: FileOutcome = await parseFile(name, data, registry);
  if (outcome.status !== "rejected") throw new Error(`${name}: expected a rejection`);
  return outcome;
}

/** The parts of a valid workbook, to rebuild it with one part changed or left out. */
async function parts(): Promise<{ name: string; data: Buffer }[]> {
  const data = await buildWorkbook([
    { name: "BM01", rows: [["Cơ quan báo cáo:", "Bộ Y tế"], ["Kỳ báo cáo:", "Tháng 8/2024"], ["STT", "Tên hệ thống thông tin", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án"], [1, "Cổng", 3, "x", "Đầy đủ"]] },
    { name: "TongHop", rows: [["Cơ quan", "Tổng số HTTT", "Đã phê duyệt", "Đã triển khai đầy đủ", "Kỳ báo cáo"], ["Bộ Tài chính", 4, 2, 1, "Tháng 8/2024"]] },
  ]);
  return readZipEntries(data).filter((e) => !e.name.endsWith("/")).map((e) => ({ name: e.name, data: inflateZipEntry(data, e) }));
}
const rezip = (ps: { name: string; data: Buffer }[]) => zipOf(ps.map((p) => ({ ...p, deflate: true })));

describe("files that are not what their name says are named for what they are", () => {
  it.each([
    ["encrypted workbook (OLE2 EncryptedPackage)", "BaoCao.xlsx", ole2("EncryptedPackage"), "encrypted_workbook", "đặt mật khẩu"],
    ["zip whose parts are encrypted", "BaoCao.xlsx", zipOf([{ name: "[Content_Types].xml", data: Buffer.from(CT), flags: 1 }, { name: "xl/workbook.xml", data: Buffer.from("x"), flags: 1 }]), "encrypted_workbook", "đặt mật khẩu"],
    ["legacy .xls (BIFF)", "BaoCao.xls", ole2("Workbook"), "legacy_xls", "Excel 97-2003"],
    ["HTML saved as .xls", "BaoCao.xls", Buffer.from('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>1</td></tr></table></body></html>'), "html_not_spreadsheet", "trang HTML"],
    ["XML Spreadsheet 2003 as .xls", "BaoCao.xls", Buffer.from('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table/></Worksheet></Workbook>'), "xml_spreadsheet_2003", "XML Spreadsheet 2003"],
    ["CSV renamed .xlsx", "BaoCao.xlsx", textFile([["STT", "Tên hệ thống thông tin", "Cấp độ"], ["1", "Cổng", "3"]]), "csv_with_xlsx_extension", "nội dung là văn bản (CSV)"],
    ["OpenDocument spreadsheet", "BaoCao.xlsx", zipOf([{ name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") }]), "ods_workbook", "OpenDocument (.ods)"],
    ["binary workbook (.xlsb)", "BaoCao.xlsb", zipOf([{ name: "[Content_Types].xml", data: Buffer.from(CT) }, { name: "xl/workbook.bin", data: Buffer.alloc(64) }]), "xlsb_workbook", ".xlsb"],
    ["Word RTF", "BaoCao.xls", Buffer.from("{\\rtf1\\ansi Báo cáo}"), "not_a_spreadsheet", "RTF"],
    ["PDF", "BaoCao.xlsx", Buffer.from("%PDF-1.7\n%âãÏÓ\n"), "not_a_spreadsheet", "PDF"],
    ["PNG", "BaoCao.xlsx", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "not_a_spreadsheet", "ảnh"],
    ["JPEG", "scan.csv", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "not_a_spreadsheet", "ảnh"],
    ["BMP", "BaoCao.xlsx", Buffer.concat([Buffer.from("BM"), Buffer.alloc(40)]), "not_a_spreadsheet", "ảnh"],
    ["TIFF", "BaoCao.xlsx", Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), "not_a_spreadsheet", "ảnh"],
    ["WebP", "BaoCao.xlsx", Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")]), "not_a_spreadsheet", "ảnh"],
  ])("%s", async (_, name, data, reasonCode, words) => {
    const r = await reason(name, data);
    expect(r.reasonCode).toBe(reasonCode);
    expect(r.message).toContain(words);
  });

  it("a CSV whose first column header starts with BM is still a CSV, not a bitmap", async () => {
    const outcome = await parseFile("BM01.csv", textFile([["BM-01"], ["Cơ quan báo cáo:", "Bộ Y tế"]]), registry);
    expect(outcome.status === "rejected" ? outcome.reasonCode : "loaded").not.toBe("not_a_spreadsheet");
  });
});

describe("broken workbooks are rejected naming the broken part, never read in part", () => {
  it("reads the intact workbook, both sheets", async () => {
    const outcome = await parseFile("BaoCao.xlsx", rezip(await parts()), registry);
    expect(outcome.status === "loaded" && outcome.submissions.map((s) => s.form)).toEqual(["BM-01", "BM-02"]);
  });

  it("a sheet listed in the workbook but missing from the zip: rejected, not read as a one-sheet workbook", async () => {
    const ps = (await parts()).filter((p) => p.name !== "xl/worksheets/sheet2.xml");
    const r = await reason("BaoCao.xlsx", rezip(ps));
    expect(r.reasonCode).toBe("corrupt_xlsx");
    expect(r.message).toContain('trang tính "TongHop" có trong danh sách trang nhưng không đọc được nội dung');
  });

  it("XML cut short in the sheet list: rejected naming xl/workbook.xml (exceljs alone would read no sheet and say nothing)", async () => {
    const ps = await parts();
    const wb = ps.find((p) => p.name === "xl/workbook.xml")!;
    wb.data = wb.data.subarray(0, wb.data.indexOf("<sheet ") + 60);
    const r = await reason("BaoCao.xlsx", rezip(ps));
    expect(r.message).toBe('sổ tính .xlsx bị hỏng hoặc không đầy đủ: nội dung XML của phần "xl/workbook.xml" bị hỏng — hãy mở bằng Excel, lưu lại dạng .xlsx rồi gửi lại');
  });

  it("a cell pointing past the shared strings", async () => {
    const ps = await parts();
    const sheet = ps.find((p) => p.name === "xl/worksheets/sheet1.xml")!;
    sheet.data = Buffer.from(sheet.data.toString("utf8").replace(/(t="s"[^>]*>\s*<v>)\d+/, "$1999999"));
    expect((await reason("BaoCao.xlsx", rezip(ps))).message).toContain('một ô trỏ tới chuỗi văn bản không có trong phần "xl/sharedStrings.xml"');
  });

  it("a part whose bytes changed in transit fails its CRC", async () => {
    const data = zipOf((await parts()).map((p) => ({ ...p, deflate: false })));
    const at = data.indexOf("Bộ Tài chính");
    data[at] = 0x43; // "Cộ Tài chính": same length, same well-formed XML, another agency — only the CRC tells
    expect((await reason("BaoCao.xlsx", data)).message).toContain("sai mã kiểm tra CRC");
  });

  it("a workbook whose every sheet is hidden", async () => {
    const data = await buildWorkbook([{ name: "An", state: "hidden", rows: [["STT"]] }]);
    const r = await reason("BaoCao.xlsx", data);
    expect(r).toMatchObject({ reasonCode: "only_hidden_sheets" });
    expect(r.message).toContain('sổ tính chỉ có trang ẩn ("An")');
  });

  it("a file cut anywhere is rejected as cut or corrupt, whatever the cut", async () => {
    const data = rezip(await parts());
    for (let cut = 1; cut < data.length; cut += 97) {
      const r = await reason("BaoCao.xlsx", data.subarray(0, cut));
      expect(r.message, String(cut)).toMatch(/^(sổ tính \.xlsx bị hỏng hoặc không đầy đủ|tệp rỗng|không phải)/);
    }
  });
});
