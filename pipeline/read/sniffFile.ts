import { extname } from "node:path";
import { guessUtf16WithoutBom } from "./decodeTextBytes.ts";

export type FileKind =
  | { kind: "xlsx" }
  | { kind: "csv" }
  | { kind: "reject"; reasonCode: string; message: string };

const TEXT_EXTENSIONS = new Set([".csv", ".txt", ".tsv"]);
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".xlsb", ".xltx"]);

/** Decides how to read a file from its content first and its name second: a name never makes a workbook of HTML or CSV text. */
export function sniffFile(name: string, data: Buffer): FileKind {
  const ext = extname(name).toLowerCase();
  if (data.length === 0 || isBlankText(data)) {
    return { kind: "reject", reasonCode: "empty_file", message: "tệp rỗng (0 byte hoặc không có nội dung) — hãy gửi lại tệp báo cáo" };
  }
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    // [Content_Types].xml alone also opens a Word or PowerPoint file (.docx/.pptx renamed .xlsx).
    if (data.includes("application/vnd.oasis.opendocument.spreadsheet")) {
      return { kind: "reject", reasonCode: "ods_workbook", message: "bảng tính OpenDocument (.ods) không được hỗ trợ — hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx" };
    }
    const otherOffice = !data.includes("xl/") && (data.includes("word/") || data.includes("ppt/"));
    if (!otherOffice && (data.includes("xl/workbook") || data.includes("[Content_Types].xml"))) return { kind: "xlsx" };
    return { kind: "reject", reasonCode: "not_a_workbook", message: "tệp nén ZIP không phải sổ tính Excel (.xlsx) — hãy lưu lại bằng Excel dạng .xlsx" };
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (data.includes(Buffer.from("EncryptionInfo", "utf16le")) || data.includes(Buffer.from("EncryptedPackage", "utf16le"))) {
      return { kind: "reject", reasonCode: "encrypted_workbook", message: "sổ tính được đặt mật khẩu (mã hóa) — hãy gỡ mật khẩu rồi gửi lại" };
    }
    return { kind: "reject", reasonCode: "legacy_xls", message: "tệp Excel 97-2003 (.xls) không được hỗ trợ — hãy lưu lại dạng .xlsx (Excel Workbook)" };
  }
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) return notSpreadsheet("PDF");
  if (isImage(data)) return notSpreadsheet("ảnh");
  if (startsWith(data, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return notSpreadsheet("văn bản RTF của Word");
  if (looksLikeSpreadsheetMl(data)) {
    return {
      kind: "reject",
      reasonCode: "xml_spreadsheet_2003",
      message: "tệp \"XML Spreadsheet 2003\" không được hỗ trợ — hãy mở bằng Excel và lưu lại dạng .xlsx (Excel Workbook)",
    };
  }
  if (looksLikeHtml(data)) {
    return {
      kind: "reject",
      reasonCode: "html_not_spreadsheet",
      message: "không phải bảng tính: nội dung là trang HTML (lưu dưới tên .xls/.xlsx) — hãy mở bằng Excel và lưu lại dạng .xlsx",
    };
  }
  if (data.includes(0) && !looksLikeUtf16(data)) return notSpreadsheet("tệp nhị phân không rõ định dạng");
  if (WORKBOOK_EXTENSIONS.has(ext)) {
    return {
      kind: "reject",
      reasonCode: "csv_with_xlsx_extension",
      message: `không phải sổ tính Excel hợp lệ: nội dung là văn bản (CSV) nhưng tên tệp có đuôi ${ext} — hãy lưu lại dạng .xlsx hoặc đổi đuôi thành .csv`,
    };
  }
  if (TEXT_EXTENSIONS.has(ext)) return { kind: "csv" };
  return notSpreadsheet(`đuôi tệp "${ext || "(không có)"}" không phải .xlsx hoặc .csv`);
}

function notSpreadsheet(what: string) {
  return {
    kind: "reject" as const,
    reasonCode: "not_a_spreadsheet",
    message: `không phải bảng tính (${what}) — chỉ nhận tệp .xlsx hoặc .csv theo biểu mẫu BM-01/BM-02`,
  };
}

function startsWith(data: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

const BLANK_BYTES = new Set([0x00, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);

/** Nothing but a BOM, whitespace and NULs, at any length (a sheet saved empty is often a run of line breaks). */
function isBlankText(data: Buffer): boolean {
  const bom = startsWith(data, [0xef, 0xbb, 0xbf]) ? 3 : startsWith(data, [0xff, 0xfe]) || startsWith(data, [0xfe, 0xff]) ? 2 : 0;
  for (let i = bom; i < data.length; i++) if (!BLANK_BYTES.has(data[i]!)) return false;
  return true;
}

function looksLikeUtf16(data: Buffer): boolean {
  // The same test decodeTextBytes applies: a text starting "STT\t" or "Cơ quan" is UTF-16 too.
  return (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff) || guessUtf16WithoutBom(data) !== null;
}

/** PNG, JPEG, GIF, BMP, TIFF and WebP, by their signatures. */
function isImage(data: Buffer): boolean {
  return startsWith(data, [0x89, 0x50, 0x4e, 0x47]) || startsWith(data, [0xff, 0xd8, 0xff]) || startsWith(data, [0x47, 0x49, 0x46, 0x38])
    || (startsWith(data, [0x42, 0x4d]) && data.length > 26 && data.readUInt32LE(6) === 0)
    || startsWith(data, [0x49, 0x49, 0x2a, 0x00]) || startsWith(data, [0x4d, 0x4d, 0x00, 0x2a])
    || (startsWith(data, [0x52, 0x49, 0x46, 0x46]) && data.subarray(8, 12).toString("latin1") === "WEBP");
}

/** Excel's 2003 XML format (<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">), often named .xls. */
function looksLikeSpreadsheetMl(data: Buffer): boolean {
  const head = data.subarray(0, 4096).toString("latin1").replace(/\x00/g, "").toLowerCase();
  return head.includes("urn:schemas-microsoft-com:office:spreadsheet") && /<(ss:)?workbook[\s>]/.test(head) && !/<html[\s>]/.test(head);
}

function looksLikeHtml(data: Buffer): boolean {
  const head = data.subarray(0, 2048).toString("latin1").replace(/\x00/g, "").replace(/^\xef\xbb\xbf|^\xff\xfe|^\xfe\xff/, "").trimStart().toLowerCase();
  return /^<(!doctype html|html|table|head|body|meta|\?xml[^>]*>\s*<html|!--)/.test(head) || (head.startsWith("<") && /<(table|html)[\s>]/.test(head));
}
