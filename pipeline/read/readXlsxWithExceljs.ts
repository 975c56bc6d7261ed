import type { ReadLimits } from "./ReadLimits.ts";
import type { WorkbookSheets } from "./WorkbookSheets.ts";
import { DEFAULT_READ_LIMITS } from "./defaultReadLimits.ts";
import { checkWorkbookZip } from "./checkWorkbookZip.ts";
import { readCheckedXlsxWithExceljs } from "./readCheckedXlsxWithExceljs.ts";

/**
 * The reference reader: the zip checked against `limits`, then every sheet read with exceljs. The fast
 * reader must agree with it on every workbook it accepts; a file it cannot read throws a FileRejection.
 */
export async function readXlsxWithExceljs(data: Buffer, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<WorkbookSheets> {
  return readCheckedXlsxWithExceljs(data, checkWorkbookZip(data, limits), limits);
}
