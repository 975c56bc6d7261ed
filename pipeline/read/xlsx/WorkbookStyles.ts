import type { CellStyle } from "./CellStyle.ts";

/** The cell styles of xl/styles.xml (<cellXfs>) by index; "broken" marks one exceljs would throw on. */
export interface WorkbookStyles {
  xfs: (CellStyle | "broken")[];
}
