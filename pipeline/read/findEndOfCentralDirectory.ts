/**
 * Offset of a zip's end-of-central-directory record: the last signature, scanning back from the end,
 * whose comment length fits the file; -1 when there is none.
 */
export function findEndOfCentralDirectory(data: Buffer): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let p = data.length - 22; p >= lowest; p--) {
    if (data.readUInt32LE(p) === 0x06054b50 && p + 22 + data.readUInt16LE(p + 20) <= data.length) return p;
  }
  return -1;
}
