import type { CellStyle } from "./CellStyle.ts";

/**
 * The cell styles of xl/styles.xml (<cellXfs>) by index, "broken" marking one exceljs would throw on;
 * and the number of differential styles (<dxf>), without which exceljs throws on a conditional format's dxfId.
 */
export interface WorkbookStyles {
  xfs: (CellStyle | "broken")[];
  dxfCount: number;
}
