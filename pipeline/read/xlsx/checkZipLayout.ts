import { Declined } from "./Declined.ts";
import { findEndOfCentralDirectory } from "../findEndOfCentralDirectory.ts";

const END_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP64_EXTRA = 0x0001;
const UNICODE_PATH_EXTRA = 0x7075;

/**
 * Declines unless the zip is laid out so that jszip (exceljs' unzipper) sees exactly the parts
 * readZipEntries lists, under the same names: one end record (jszip takes the last signature in the
 * file), no ZIP64, no bytes between directory and end record, plain ASCII names jszip would not
 * rewrite or take from an extra field, local names equal to the directory's, every entry's data
 * (folders' too) readable, no file flagged as a folder, no name given twice.
 */
export function checkZipLayout(data: Buffer): void {
  const end = findEndOfCentralDirectory(data);
  if (end < 0 || data.lastIndexOf(END_SIGNATURE) !== end) throw new Declined("zip: end record ambiguous");
  const count = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new Declined("zip: ZIP64");
  if (offset + size !== end) throw new Declined("zip: central directory does not end at the end record");
  const names = new Set<string>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || data.readUInt32LE(p) !== 0x02014b50) throw new Declined("zip: central directory malformed");
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const name = data.subarray(p + 46, p + 46 + nameLength);
    const text = name.toString("latin1");
    if (!isPlainName(name, text)) throw new Declined(`zip: entry name "${text}" not plain`);
    if (!text.endsWith("/") && data.readUInt32LE(p + 38) & 0x10) throw new Declined(`zip: "${text}" flagged as a folder`);
    checkExtraFields(data, p + 46 + nameLength, extraLength);
    const local = data.readUInt32LE(p + 42);
    if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50 || data.readUInt16LE(local + 26) !== nameLength
      || !data.subarray(local + 30, local + 30 + nameLength).equals(name)) throw new Declined(`zip: local name of "${text}" differs`);
    // jszip reads every entry's data, folders included, which checkWorkbookZip leaves alone.
    const method = data.readUInt16LE(p + 10);
    const dataEnd = local + 30 + nameLength + data.readUInt16LE(local + 28) + data.readUInt32LE(p + 20);
    if (data.readUInt16LE(p + 8) & 0x1 || (method !== 0 && method !== 8) || dataEnd > data.length) throw new Declined(`zip: entry "${text}" unreadable to jszip`);
    const key = text.toLowerCase();
    if (names.has(key)) throw new Declined(`zip: "${text}" twice`);
    names.add(key);
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (p !== end) throw new Declined("zip: central directory size disagrees with its entries");
}

/** Printable ASCII, relative, without empty, "." or ".." components (jszip would resolve those). */
function isPlainName(bytes: Buffer, text: string): boolean {
  if (bytes.length === 0) return false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 || b > 0x7e || b === 0x5c) return false;
  }
  return !/(^|\/)\.{0,2}\/|(^|\/)\.{1,2}$/.test(text);
}

/** Extra fields as jszip walks them: none may carry a ZIP64 size or a Unicode name, nor run past the field. */
function checkExtraFields(data: Buffer, start: number, length: number): void {
  const end = start + length;
  let q = start;
  while (q + 4 < end) {
    const id = data.readUInt16LE(q);
    const fieldLength = data.readUInt16LE(q + 2);
    if (id === ZIP64_EXTRA || id === UNICODE_PATH_EXTRA || q + 4 + fieldLength > end) throw new Declined("zip: extra field jszip would read differently");
    q += 4 + fieldLength;
  }
}
