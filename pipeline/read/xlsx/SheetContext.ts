import type { SharedString } from "./SharedString.ts";
import type { WorkbookStyles } from "./WorkbookStyles.ts";

/** The workbook-wide parts a worksheet's cells refer to. */
export interface SheetContext {
  styles: WorkbookStyles | null;
  sharedStrings: SharedString[] | null;
  date1904: boolean;
}
