import type { ReadLimits } from "../../../pipeline/read/ReadLimits.ts";
import type { FastReadResult } from "../../../pipeline/read/xlsx/FastReadResult.ts";
import { DEFAULT_READ_LIMITS } from "../../../pipeline/read/defaultReadLimits.ts";
import { checkWorkbookZip } from "../../../pipeline/read/checkWorkbookZip.ts";
import { readXlsx } from "../../../pipeline/read/readXlsx.ts";
import { readXlsxWithExceljs } from "../../../pipeline/read/readXlsxWithExceljs.ts";
import { readXlsxFast } from "../../../pipeline/read/xlsx/readXlsxFast.ts";
import { readerOutcome, type ReaderOutcome } from "./readerOutcome.ts";

/** One file through the three readers: exceljs (the reference), the combined reader, and the fast reader alone (null when the zip check rejects the file). */
export interface ReaderComparison {
  reference: ReaderOutcome;
  combined: ReaderOutcome;
  fast: FastReadResult | null;
}

export async function compareReaders(data: Buffer, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<ReaderComparison> {
  const reference = await readerOutcome(() => readXlsxWithExceljs(data, limits));
  const combined = await readerOutcome(() => readXlsx(data, limits));
  let fast: FastReadResult | null = null;
  try {
    fast = readXlsxFast(data, checkWorkbookZip(data, limits), limits);
  } catch {
    fast = null;
  }
  return { reference, combined, fast };
}
