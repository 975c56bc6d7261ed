import type { CellStyle } from "./CellStyle.ts";
import { makeCellStyle } from "./makeCellStyle.ts";

/** The style exceljs gives a cell it creates (for a merge): the row's format and font, else the column's. */
export function mergedStyle(row: CellStyle | null, column: CellStyle | null): CellStyle | null {
  const numFmt = row?.numFmt || column?.numFmt;
  const font = row?.hasFont ? row : column?.hasFont ? column : null;
  if (!numFmt && !font) return null;
  return makeCellStyle(numFmt, font !== null, font?.fontName);
}
