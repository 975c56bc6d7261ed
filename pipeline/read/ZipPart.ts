import type { ZipEntry } from "./ZipEntry.ts";

/** One entry of a checked workbook zip with its bytes, inflated once (CRC and size verified). */
export interface ZipPart {
  entry: ZipEntry;
  bytes: Buffer;
}
