import ExcelJS from "exceljs";

/** An exported workbook as exceljs reads it back. */
export async function readExportWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The number of the first row whose first cell is `text`. */
export function rowOf(sheet: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === text) return r;
  throw new Error(`no row starts with "${text}" in sheet ${sheet.name}`);
}

/** The values of a row's first `width` cells (null for empty ones). */
export function rowValues(sheet: ExcelJS.Worksheet, row: number, width: number): unknown[] {
  return Array.from({ length: width }, (_, i) => sheet.getCell(row, i + 1).value ?? null);
}
