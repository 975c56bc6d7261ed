import zlib from "node:zlib";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const EOCD_SIZE = 22;
const ZIP64_EXTRA_FIELD = 0x0001;
/** General purpose bit 11: the name is UTF-8. The only flag this accepts and keeps. */
const UTF8_FLAG = 0x0800;
/** "2.0": deflate, and folders. */
const VERSION = 20;
const STORED = 0;
const DEFLATED = 8;

interface StoredEntry {
  name: Buffer;
  flags: number;
  time: number;
  date: number;
  crc: number;
  internalAttributes: number;
  externalAttributes: number;
  data: Buffer;
}

/**
 * Re-writes a zip whose entries are all stored (method 0), as JSZip writes it with
 * `compression: "STORE"`, with every entry deflated by native zlib at level 1: much faster than
 * JSZip's pure-JavaScript deflate. Entries keep their order, names, CRC-32, DOS time and date and
 * external attributes. Empty entries (folders) stay stored, as JSZip itself always writes them;
 * every other entry is deflated, even where that makes it a few bytes larger.
 *
 * Anything this does not expect — zip64, a data descriptor, encryption, a compressed entry, sizes
 * or offsets that do not agree, a CRC that does not match — throws rather than produce a broken file.
 */
export function deflateStoredZip(stored: Buffer): Buffer {
  const { entries, comment } = readStoredZip(stored);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const method = entry.data.length === 0 ? STORED : DEFLATED;
    const data = method === DEFLATED ? zlib.deflateRawSync(entry.data, { level: 1 }) : entry.data;
    const local = Buffer.alloc(LOCAL_HEADER_SIZE);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    writeEntryFields(local, 6, entry, method, data.length);
    local.writeUInt16LE(0, 28); // extra field length
    const header = Buffer.alloc(CENTRAL_HEADER_SIZE);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4); // made by: MS-DOS, 2.0
    header.writeUInt16LE(VERSION, 6);
    writeEntryFields(header, 8, entry, method, data.length);
    header.writeUInt16LE(0, 30); // extra field length
    header.writeUInt16LE(0, 32); // comment length
    header.writeUInt16LE(0, 34); // disk number start
    header.writeUInt16LE(entry.internalAttributes, 36);
    header.writeUInt32LE(entry.externalAttributes, 38);
    header.writeUInt32LE(offset, 42);
    parts.push(local, entry.name, data);
    central.push(header, entry.name);
    offset += LOCAL_HEADER_SIZE + entry.name.length + data.length;
    if (offset > 0xffffffff) throw new Error("deflateStoredZip: the deflated zip would need zip64 (over 4 GiB), which is not supported");
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(EOCD_SIZE);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk of the central directory
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...parts, ...central, end, comment]);
}

/** The fields local and central headers share, in the same order: flags, method, time, date, CRC-32, sizes, name length. */
function writeEntryFields(header: Buffer, at: number, entry: StoredEntry, method: number, compressedSize: number): void {
  header.writeUInt16LE(entry.flags, at);
  header.writeUInt16LE(method, at + 2);
  header.writeUInt16LE(entry.time, at + 4);
  header.writeUInt16LE(entry.date, at + 6);
  header.writeUInt32LE(entry.crc, at + 8);
  header.writeUInt32LE(compressedSize, at + 12);
  header.writeUInt32LE(entry.data.length, at + 16);
  header.writeUInt16LE(entry.name.length, at + 20);
}

function fail(message: string): never {
  throw new Error(`deflateStoredZip: ${message}`);
}

/** The entries of a stored zip in central directory order, every field checked against the local header. */
function readStoredZip(zip: Buffer): { entries: StoredEntry[]; comment: Buffer } {
  const eocd = findEndOfCentralDirectory(zip);
  if (eocd >= 20 && zip.readUInt32LE(eocd - 20) === ZIP64_END_LOCATOR) fail("the zip has a zip64 end of central directory locator (zip64 is not supported)");
  const disk = zip.readUInt16LE(eocd + 4);
  const centralDisk = zip.readUInt16LE(eocd + 6);
  const countOnDisk = zip.readUInt16LE(eocd + 8);
  const count = zip.readUInt16LE(eocd + 10);
  const centralSize = zip.readUInt32LE(eocd + 12);
  const centralOffset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || countOnDisk === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) {
    fail("the end of central directory has zip64 markers (zip64 is not supported)");
  }
  if (disk !== 0 || centralDisk !== 0 || countOnDisk !== count) fail("multi-disk zips are not supported");
  if (centralOffset + centralSize !== eocd) {
    fail(`the central directory (offset ${centralOffset}, ${centralSize} bytes) does not end where the end of central directory record starts (${eocd})`);
  }
  const entries: StoredEntry[] = [];
  let p = centralOffset;
  let dataEnd = 0;
  for (let i = 0; i < count; i++) {
    if (p + CENTRAL_HEADER_SIZE > eocd) fail(`central directory entry ${i} runs past the central directory`);
    if (zip.readUInt32LE(p) !== CENTRAL_HEADER) fail(`no central directory header signature for entry ${i} at offset ${p}`);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const time = zip.readUInt16LE(p + 12);
    const date = zip.readUInt16LE(p + 14);
    const crc = zip.readUInt32LE(p + 16);
    const compressedSize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const startDisk = zip.readUInt16LE(p + 34);
    const internalAttributes = zip.readUInt16LE(p + 36);
    const externalAttributes = zip.readUInt32LE(p + 38);
    const localOffset = zip.readUInt32LE(p + 42);
    const next = p + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > eocd) fail(`central directory entry ${i} runs past the central directory`);
    const name = zip.subarray(p + CENTRAL_HEADER_SIZE, p + CENTRAL_HEADER_SIZE + nameLength);
    const label = `entry ${i} ("${name.toString("utf8")}")`;
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff || startDisk === 0xffff) fail(`${label} has zip64 markers (zip64 is not supported)`);
    if (hasExtraField(zip.subarray(p + CENTRAL_HEADER_SIZE + nameLength, p + CENTRAL_HEADER_SIZE + nameLength + extraLength), ZIP64_EXTRA_FIELD)) {
      fail(`${label} has a zip64 extra field (zip64 is not supported)`);
    }
    if (flags & 0x0008) fail(`${label} uses a data descriptor (general purpose bit 3), which is not supported`);
    if (flags & 0x0001) fail(`${label} is encrypted`);
    if ((flags & ~UTF8_FLAG) !== 0) fail(`${label} has unsupported general purpose flags 0x${flags.toString(16)}`);
    if (method !== STORED) fail(`${label} has compression method ${method}; only stored (0) entries are supported`);
    if (compressedSize !== size) fail(`${label} is stored but its compressed size ${compressedSize} differs from its size ${size}`);
    if (startDisk !== 0) fail(`${label} starts on disk ${startDisk}; multi-disk zips are not supported`);
    // The local header: same name, method, flags, CRC and sizes (no data descriptor means they are all there).
    if (localOffset < dataEnd) fail(`${label} overlaps the previous entry, or the entries are not in file order`);
    if (localOffset + LOCAL_HEADER_SIZE > centralOffset) fail(`${label}'s local header (offset ${localOffset}) runs into the central directory`);
    if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) fail(`no local file header signature for ${label} at offset ${localOffset}`);
    const localFlags = zip.readUInt16LE(localOffset + 6);
    const localMethod = zip.readUInt16LE(localOffset + 8);
    const localCrc = zip.readUInt32LE(localOffset + 14);
    const localCompressedSize = zip.readUInt32LE(localOffset + 18);
    const localSize = zip.readUInt32LE(localOffset + 22);
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    if (localFlags !== flags || localMethod !== method) fail(`${label}: the local header's flags or method differ from the central directory's`);
    if (localCrc !== crc || localCompressedSize !== compressedSize || localSize !== size) {
      fail(`${label}: the local header's CRC or sizes differ from the central directory's`);
    }
    const localName = zip.subarray(localOffset + LOCAL_HEADER_SIZE, localOffset + LOCAL_HEADER_SIZE + localNameLength);
    if (!localName.equals(name)) fail(`${label}: the local header names "${localName.toString("utf8")}"`);
    const dataStart = localOffset + LOCAL_HEADER_SIZE + localNameLength + localExtraLength;
    if (hasExtraField(zip.subarray(localOffset + LOCAL_HEADER_SIZE + localNameLength, dataStart), ZIP64_EXTRA_FIELD)) {
      fail(`${label} has a zip64 extra field in its local header (zip64 is not supported)`);
    }
    dataEnd = dataStart + size;
    if (dataEnd > centralOffset) fail(`${label}'s data (${size} bytes from offset ${dataStart}) runs into the central directory`);
    const data = zip.subarray(dataStart, dataEnd);
    if (typeof zlib.crc32 === "function" && zlib.crc32(data) >>> 0 !== crc) fail(`${label}: CRC-32 mismatch, the data is corrupt`);
    entries.push({ name, flags, time, date, crc, internalAttributes, externalAttributes, data });
    p = next;
  }
  if (p !== eocd) fail(`the central directory holds ${eocd - p} bytes after its ${count} entries`);
  return { entries, comment: zip.subarray(eocd + EOCD_SIZE) };
}

/** The end of central directory record: the last one whose comment reaches exactly to the end of the file. */
function findEndOfCentralDirectory(zip: Buffer): number {
  if (zip.length < EOCD_SIZE) fail(`${zip.length} bytes is too short for a zip`);
  const lowest = Math.max(0, zip.length - EOCD_SIZE - 0xffff);
  for (let p = zip.length - EOCD_SIZE; p >= lowest; p--) {
    if (zip.readUInt32LE(p) === END_OF_CENTRAL_DIRECTORY && p + EOCD_SIZE + zip.readUInt16LE(p + 20) === zip.length) return p;
  }
  fail("no end of central directory record (not a zip, or truncated)");
}

/** Whether an extra field block holds a field with this header id (a malformed block throws). */
function hasExtraField(extra: Buffer, id: number): boolean {
  let p = 0;
  while (p < extra.length) {
    if (p + 4 > extra.length) fail("malformed extra field");
    const fieldId = extra.readUInt16LE(p);
    const size = extra.readUInt16LE(p + 2);
    if (p + 4 + size > extra.length) fail("malformed extra field");
    if (fieldId === id) return true;
    p += 4 + size;
  }
  return false;
}
