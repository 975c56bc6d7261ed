import type { ZipEntry } from "./ZipEntry.ts";
import { corruptWorkbook as corrupt } from "./corruptWorkbook.ts";
import { findEndOfCentralDirectory } from "./findEndOfCentralDirectory.ts";

const RESEND = "hãy gửi lại tệp";

/** Every entry of a zip's central directory; a missing, cut or inconsistent directory is a FileRejection. */
export function readZipEntries(data: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) throw corrupt(`tệp bị cắt cụt — thiếu mục lục ở cuối tệp nén (thường do tải lên hoặc sao chép chưa xong) — ${RESEND}`);
  let count = data.readUInt16LE(eocd + 10);
  let size = data.readUInt32LE(eocd + 12);
  let offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const zip64 = readZip64End(data, eocd);
    if (!zip64) throw corrupt(`mục lục ZIP64 của tệp nén bị hỏng — ${RESEND}`);
    ({ count, size, offset } = zip64);
  }
  if (offset + size > data.length) throw corrupt(`mục lục của tệp nén trỏ ra ngoài tệp (tệp bị cắt cụt) — ${RESEND}`);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50) throw corrupt(`mục lục của tệp nén bị hỏng ở mục thứ ${i + 1} — ${RESEND}`);
    const flags = data.readUInt16LE(p + 8);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > data.length) throw corrupt(`mục lục của tệp nén bị cắt cụt ở mục thứ ${i + 1} — ${RESEND}`);
    const name = data.subarray(p + 46, p + 46 + nameLength).toString(flags & 0x800 ? "utf8" : "latin1").replace(/^\/+/, "");
    const entry: ZipEntry = {
      index: i, name, flags,
      method: data.readUInt16LE(p + 10),
      crc32: data.readUInt32LE(p + 16),
      compressedSize: data.readUInt32LE(p + 20),
      uncompressedSize: data.readUInt32LE(p + 24),
      localHeaderOffset: data.readUInt32LE(p + 42),
    };
    applyZip64Extra(entry, data.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    p = end;
  }
  return entries;
}

function readZip64End(data: Buffer, eocd: number): { count: number; size: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || data.readUInt32LE(locator) !== 0x07064b50) return null;
  const at = Number(data.readBigUInt64LE(locator + 8));
  if (!Number.isSafeInteger(at) || at + 56 > data.length || data.readUInt32LE(at) !== 0x06064b50) return null;
  const count = Number(data.readBigUInt64LE(at + 32));
  const size = Number(data.readBigUInt64LE(at + 40));
  const offset = Number(data.readBigUInt64LE(at + 48));
  return Number.isSafeInteger(count) && Number.isSafeInteger(size) && Number.isSafeInteger(offset) ? { count, size, offset } : null;
}

/** Sizes and offset recorded as 0xFFFFFFFF live in the ZIP64 extra field (id 1), in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + length || q + 8 > extra.length) return Number.MAX_SAFE_INTEGER;
        const v = Number(extra.readBigUInt64LE(q));
        q += 8;
        return Number.isSafeInteger(v) ? v : Number.MAX_SAFE_INTEGER;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + length;
  }
}
