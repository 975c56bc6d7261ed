import type { SheetEntry } from "./SheetEntry.ts";

/** What the fast reader takes from xl/workbook.xml. */
export interface WorkbookInfo {
  sheets: SheetEntry[];
  /** Dates count from 1904 (workbookPr date1904="1" — exceljs takes no other spelling). */
  date1904: boolean;
}
