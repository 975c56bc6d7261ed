import type { ReadLimits } from "./ReadLimits.ts";
import type { ZipPart } from "./ZipPart.ts";
import { FileRejection } from "./FileRejection.ts";
import { corruptWorkbook } from "./corruptWorkbook.ts";
import { readZipEntries } from "./readZipEntries.ts";
import { inflateZipEntry } from "./inflateZipEntry.ts";

const MB = 1024 * 1024;
// Small parts (styles, a short sheet of blanks) legitimately compress 100-fold or more.
const RATIO_GRACE_BYTES = 1 * MB;

/**
 * Checks a workbook's zip before any parser sees it: the central directory against the limits
 * (total uncompressed size, compression ratio — zip bombs), encryption, the parts a workbook needs,
 * then every part inflated under its declared size with its CRC. Throws a FileRejection. Returns the
 * parts with their inflated bytes, so that no reader inflates them again.
 */
export function checkWorkbookZip(data: Buffer, limits: ReadLimits): ZipPart[] {
  const entries = readZipEntries(data).filter((e) => !e.name.endsWith("/"));
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > limits.max_uncompressed_mb * MB) {
    throw new FileRejection("workbook_too_large",
      `sổ tính giải nén ra ${mb(total)} MB, vượt giới hạn ${limits.max_uncompressed_mb} MB (limits.max_uncompressed_mb) — tệp có dấu hiệu "bom nén" hoặc chứa quá nhiều dữ liệu thừa; hãy xóa các trang, ảnh không cần thiết rồi gửi lại`);
  }
  const compressed = entries.reduce((n, e) => n + e.compressedSize, 0);
  const worst = [...entries].filter((e) => e.uncompressedSize > RATIO_GRACE_BYTES).sort((a, b) => ratio(b.uncompressedSize, b.compressedSize) - ratio(a.uncompressedSize, a.compressedSize))[0];
  const overall = total > RATIO_GRACE_BYTES ? ratio(total, compressed) : 0;
  const partRatio = worst ? ratio(worst.uncompressedSize, worst.compressedSize) : 0;
  if (overall > limits.max_compression_ratio || partRatio > limits.max_compression_ratio) {
    const where = partRatio >= overall && worst ? `phần "${worst.name}"` : "toàn bộ sổ tính";
    throw new FileRejection("compression_ratio_exceeded",
      `tỷ lệ nén của ${where} là ${showRatio(Math.max(overall, partRatio))}:1, vượt giới hạn ${limits.max_compression_ratio}:1 (limits.max_compression_ratio) — tệp có dấu hiệu "bom nén" (zip bomb) nên không được giải nén; hãy mở bằng Excel, lưu lại rồi gửi lại`);
  }
  if (entries.some((e) => e.flags & 0x1)) {
    throw new FileRejection("encrypted_workbook", "tệp nén được đặt mật khẩu (ZIP mã hóa) — hãy gửi tệp .xlsx không đặt mật khẩu");
  }
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (!names.has("xl/workbook.xml")) {
    if (names.has("xl/workbook.bin")) {
      throw new FileRejection("xlsb_workbook", "sổ tính nhị phân Excel (.xlsb) không được hỗ trợ — hãy lưu lại dạng .xlsx (Excel Workbook)");
    }
    throw corruptWorkbook(`thiếu phần "xl/workbook.xml" (danh sách trang tính) — hãy mở bằng Excel, lưu lại dạng .xlsx rồi gửi lại`);
  }
  return entries.map((entry) => ({ entry, bytes: inflateZipEntry(data, entry) }));
}

function ratio(uncompressed: number, compressed: number): number {
  return uncompressed / Math.max(1, compressed);
}

function mb(bytes: number): string {
  return (bytes / MB).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
}

function showRatio(r: number): string {
  return Math.round(r).toLocaleString("vi-VN");
}
