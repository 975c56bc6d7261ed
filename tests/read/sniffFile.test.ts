import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { sniffFile, type FileKind } from "../../pipeline/read/sniffFile.ts";
import { buildWorkbook } from "../helpers/buildWorkbook.ts";
import { buildZip } from "../helpers/buildZip.ts";
import { textFile } from "../helpers/textFile.ts";

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A compound-document (OLE2) file whose directory names the given streams. */
function ole2(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from(OLE2_MAGIC).copy(header);
  const directory = streams.map((name) => {
    const entry = Buffer.alloc(128);
    Buffer.from(name, "utf16le").copy(entry);
    return entry;
  });
  return Buffer.concat([header, ...directory, Buffer.alloc(1024, 0xff)]);
}

function rejection(kind: FileKind): { reasonCode: string; message: string } {
  if (kind.kind !== "reject") throw new Error(`expected a rejection, got ${kind.kind}`);
  return kind;
}

const CSV = textFile([
  ["STT", "Tên hệ thống thông tin", "Cấp độ"],
  ["1", "Cổng dịch vụ công", "3"],
]);

describe("sniffFile: empty files", () => {
  it("rejects a 0-byte file as empty, whatever its name", () => {
    for (const name of ["BaoCao.xlsx", "BaoCao.csv", "BaoCao.txt"]) {
      const r = rejection(sniffFile(name, Buffer.alloc(0)));
      expect(r.reasonCode, name).toBe("empty_file");
      expect(r.message).toContain("tệp rỗng");
    }
  });

  it("rejects a file of nothing but whitespace, a BOM or NULs as empty", () => {
    const blanks = [
      Buffer.from(" \r\n\t \r\n"),
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from([0xef, 0xbb, 0xbf, 0x0d, 0x0a]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("  \r\n", "utf16le")]),
      Buffer.alloc(16),
    ];
    for (const data of blanks) expect(rejection(sniffFile("BaoCao.csv", data)).reasonCode, data.toString("hex")).toBe("empty_file");
  });

  it("rejects a long whitespace-only file as empty too (not only files under 64 bytes)", () => {
    expect(rejection(sniffFile("BaoCao.csv", Buffer.from("\r\n".repeat(500)))).reasonCode).toBe("empty_file");
    expect(rejection(sniffFile("BaoCao.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(" \t\r\n".repeat(100), "utf16le")]))).reasonCode).toBe("empty_file");
  });
});

describe("sniffFile: workbooks", () => {
  it("takes a real xlsx as a workbook, also under a .csv or .xls name", async () => {
    const xlsx = await buildWorkbook([{ name: "BM01", rows: [["STT"]] }]);
    expect(sniffFile("BaoCao.xlsx", xlsx)).toEqual({ kind: "xlsx" });
    expect(sniffFile("BaoCao.XLSX", xlsx)).toEqual({ kind: "xlsx" });
    expect(sniffFile("BaoCao.csv", xlsx)).toEqual({ kind: "xlsx" });
    expect(sniffFile("BaoCao.xls", xlsx)).toEqual({ kind: "xlsx" });
  });

  it("rejects a zip that is not a workbook", () => {
    const zip = buildZip([{ name: "baocao.csv", content: "STT,Tên hệ thống thông tin\r\n" }, { name: "ghi chu.txt", content: "xin gửi" }]);
    const r = rejection(sniffFile("BaoCao.xlsx", zip));
    expect(r.reasonCode).toBe("not_a_workbook");
    expect(r.message).toContain("không phải sổ tính Excel");
  });

  it("rejects a Word document (an OOXML zip without xl/ parts) renamed .xlsx as not a workbook", () => {
    const docx = buildZip([
      { name: "[Content_Types].xml", content: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
      { name: "_rels/.rels", content: '<?xml version="1.0"?><Relationships/>' },
      { name: "word/document.xml", content: "<w:document/>" },
    ]);
    expect(rejection(sniffFile("BaoCao.xlsx", docx)).reasonCode).toBe("not_a_workbook");
  });

  it("takes the first half of a real workbook for a workbook (reading it will fail as corrupt)", async () => {
    const xlsx = await buildWorkbook([{ name: "BM01", rows: Array.from({ length: 300 }, (_, i) => [i + 1, `Hệ thống ${i + 1}`, 3]) }]);
    expect(sniffFile("BaoCao.xlsx", xlsx.subarray(0, Math.floor(xlsx.length / 2)))).toEqual({ kind: "xlsx" });
  });

  it("rejects an OLE2 file that holds an EncryptionInfo stream as a password-protected workbook", () => {
    const r = rejection(sniffFile("BaoCao.xlsx", ole2(["Root Entry", "EncryptionInfo", "EncryptedPackage"])));
    expect(r.reasonCode).toBe("encrypted_workbook");
    expect(r.message).toContain("mật khẩu");
  });

  it("rejects an OLE2 file without EncryptionInfo as a legacy .xls workbook", () => {
    const r = rejection(sniffFile("BaoCao.xls", ole2(["Root Entry", "Workbook", "\u0005SummaryInformation"])));
    expect(r.reasonCode).toBe("legacy_xls");
    expect(r.message).toContain(".xls");
    expect(r.message).toContain("lưu lại dạng .xlsx");
  });
});

describe("sniffFile: things that are not spreadsheets", () => {
  it("rejects an HTML page saved as .xls, in the forms Excel and web systems write", () => {
    const pages = [
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n<head><meta charset="utf-8"></head><body><table><tr><td>STT</td></tr></table></body></html>',
      "\ufeff  <!DOCTYPE html>\n<html><body><table></table></body></html>",
      "<table border=1><tr><th>STT</th><th>Tên hệ thống thông tin</th></tr></table>",
    ];
    for (const page of pages) {
      const r = rejection(sniffFile("BaoCao.xls", Buffer.from(page, "utf8")));
      expect(r.reasonCode, page.slice(0, 20)).toBe("html_not_spreadsheet");
      expect(r.message).toContain("HTML");
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("<html><body><table></table></body></html>", "utf16le")]);
    expect(rejection(sniffFile("BaoCao.xls", utf16)).reasonCode).toBe("html_not_spreadsheet");
  });

  it("rejects CSV text under an .xlsx or .xls name, naming the extension", () => {
    const r = rejection(sniffFile("BaoCao.xlsx", CSV));
    expect(r.reasonCode).toBe("csv_with_xlsx_extension");
    expect(r.message).toContain("đuôi .xlsx");
    expect(rejection(sniffFile("BaoCao.xls", CSV)).message).toContain("đuôi .xls");
  });

  it("rejects a PDF and images as not spreadsheets", () => {
    const pdf = rejection(sniffFile("BaoCao.xlsx", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1")));
    expect(pdf.reasonCode).toBe("not_a_spreadsheet");
    expect(pdf.message).toContain("PDF");
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
    for (const [name, data] of [["BaoCao.png", png], ["BaoCao.xlsx", png], ["Scan.jpg", jpeg]] as const) {
      const r = rejection(sniffFile(name, data));
      expect(r.reasonCode, name).toBe("not_a_spreadsheet");
      expect(r.message, name).toContain("ảnh");
    }
  });

  it("rejects unknown binary content and text under a name that is neither .csv nor .txt", () => {
    expect(rejection(sniffFile("BaoCao.dat", Buffer.from([0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x04, 0x05]))).reasonCode).toBe("not_a_spreadsheet");
    const doc = rejection(sniffFile("BaoCao.docx.bak", CSV));
    expect(doc.reasonCode).toBe("not_a_spreadsheet");
    expect(doc.message).toContain('".bak"');
  });
});

describe("sniffFile: text files", () => {
  it("reads .csv, .txt and .tsv text as CSV", () => {
    expect(sniffFile("BaoCao.csv", CSV)).toEqual({ kind: "csv" });
    expect(sniffFile("BaoCao.CSV", CSV)).toEqual({ kind: "csv" });
    expect(sniffFile("BaoCao.tsv", CSV)).toEqual({ kind: "csv" });
  });

  it("reads Excel's 'Unicode text' export (UTF-16LE with BOM, tab-separated .txt) as CSV", () => {
    const data = textFile([["STT", "Tên hệ thống thông tin", "Cấp độ"], ["1", "Cổng dịch vụ công", "3"]], { separator: "\t", encoding: "utf-16le-bom" });
    expect(sniffFile("BaoCao.txt", data)).toEqual({ kind: "csv" });
  });

  it("reads UTF-16 text without a BOM as CSV, also when it begins with a tab or a Vietnamese letter", () => {
    const tabbed = textFile([["STT", "Tên hệ thống thông tin", "Cấp độ"], ["1", "Cổng dịch vụ công", "3"]], { separator: "\t", encoding: "utf-16le" });
    expect(sniffFile("BaoCao.txt", tabbed)).toEqual({ kind: "csv" });
    const vietnamese = textFile([["Cơ quan báo cáo", "Tỉnh Bắc Ninh"], ["Kỳ báo cáo", "Tháng 8/2024"]], { separator: "\t", encoding: "utf-16le" });
    expect(sniffFile("BaoCao.txt", vietnamese)).toEqual({ kind: "csv" });
  });
});
