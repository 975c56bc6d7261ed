import ExcelJS from "exceljs";
import type { CellInput } from "../helpers/buildWorkbook.ts";

/** Opens a template as an agency would, types `cells` ("D7" → value) into its form sheet and saves it. */
export async function fillTemplate(template: Buffer, sheetName: string, cells: Record<string, Exclude<CellInput, undefined | { richText: unknown } | { text: string; font: string } | { sharedFormula: string }>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName)!;
  for (const [address, value] of Object.entries(cells)) {
    const cell = sheet.getCell(address);
    if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      if ("formula" in value) cell.value = { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
      else { cell.value = value.number; cell.numFmt = value.numFmt; }
    } else cell.value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
