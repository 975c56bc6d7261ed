import { crc32, inflateRawSync } from "node:zlib";
import type { ZipEntry } from "./ZipEntry.ts";
import { corruptWorkbook } from "./corruptWorkbook.ts";

const RESEND = "hãy gửi lại tệp";

/**
 * The bytes of one entry, inflated with its declared size as a hard cap, so that a directory
 * that understates a part (a zip bomb in disguise) can never make it inflate further.
 */
export function inflateZipEntry(data: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== 0x04034b50) throw corruptWorkbook(`phần "${entry.name}" bị hỏng (không tìm thấy đầu mục trong tệp nén) — ${RESEND}`);
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw corruptWorkbook(`phần "${entry.name}" bị cắt cụt — ${RESEND}`);
  const raw = data.subarray(start, end);
  let out: Buffer;
  if (entry.method === 0) out = raw;
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      const tooBig = error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
      throw corruptWorkbook(tooBig
        ? `phần "${entry.name}" giải nén ra nhiều hơn kích thước khai báo ${entry.uncompressedSize} byte (mục lục khai báo sai — dấu hiệu "bom nén") — ${RESEND}`
        : `dữ liệu nén của phần "${entry.name}" bị hỏng, không giải nén được — ${RESEND}`);
    }
  } else throw corruptWorkbook(`phần "${entry.name}" dùng kiểu nén không hỗ trợ (mã ${entry.method}) — hãy mở bằng Excel và lưu lại dạng .xlsx`);
  if (out.length !== entry.uncompressedSize) {
    throw corruptWorkbook(`phần "${entry.name}" giải nén ra ${out.length} byte, khác kích thước khai báo ${entry.uncompressedSize} byte — ${RESEND}`);
  }
  if ((crc32(out) >>> 0) !== entry.crc32) throw corruptWorkbook(`dữ liệu của phần "${entry.name}" sai mã kiểm tra CRC (tệp bị hỏng khi truyền) — ${RESEND}`);
  return out;
}
