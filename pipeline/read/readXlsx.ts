import type { ReadLimits } from "./ReadLimits.ts";
import type { WorkbookSheets } from "./WorkbookSheets.ts";
import { DEFAULT_READ_LIMITS } from "./defaultReadLimits.ts";
import { checkWorkbookZip } from "./checkWorkbookZip.ts";
import { readXlsxFast } from "./xlsx/readXlsxFast.ts";
import { readCheckedXlsxWithExceljs } from "./readCheckedXlsxWithExceljs.ts";

export type { WorkbookSheets } from "./WorkbookSheets.ts";

/**
 * Reads every sheet of an xlsx: the zip checked against `limits` first (a FileRejection says why it
 * cannot be read), then the fast reader, and where it declines, exceljs — whose answers, rejections
 * included, the fast reader reproduces exactly.
 */
export async function readXlsx(data: Buffer, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<WorkbookSheets> {
  const parts = checkWorkbookZip(data, limits);
  const fast = readXlsxFast(data, parts, limits);
  return fast.status === "read" ? fast.sheets : readCheckedXlsxWithExceljs(data, parts, limits);
}
