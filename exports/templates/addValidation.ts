import type ExcelJS from "exceljs";

interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * A data validation over a whole range ("E10:E2009") without creating its cells, so empty rows stay
 * out of the used and printed range (exceljs has this at run time; its typings only know cell.dataValidation).
 */
export function addValidation(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (sheet as unknown as WithValidations).dataValidations.add(range, validation);
}
