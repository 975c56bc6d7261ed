/** One entry of a zip's central directory, as declared there (nothing is inflated to list it). */
export interface ZipEntry {
  index: number;
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}
