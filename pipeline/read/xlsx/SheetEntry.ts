/** A <sheet> of xl/workbook.xml as exceljs reads it (the name decoded a second time, as exceljs does). */
export interface SheetEntry {
  name: string;
  sheetId: string | undefined;
  state: string | undefined;
  relationshipId: string | undefined;
}
