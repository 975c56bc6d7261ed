import type { SheetDocument } from "./SheetDocument.ts";

/** A workbook as exported: its title (in the document properties) and its sheets, in order. */
export interface WorkbookDocument {
  title: string;
  sheets: SheetDocument[];
}
