import type { RawValue } from "./RawValue.ts";

/** One cell of a sheet or CSV record; `mergedFrom` is set on the non-anchor cells of a merged range. */
export interface GridCell {
  value: RawValue;
  numFmt?: string | undefined;
  mergedFrom?: number | undefined; // column (0-based) of the range's anchor cell in the same row, or -1 when the anchor is above
}

/** A physical row: `rowNumber` is the 1-based sheet row, or for CSV the line on which the record starts. */
export interface GridRow {
  rowNumber: number;
  cells: GridCell[]; // index 0 = first column
}

/** A visible sheet (or a whole CSV file, with `sheetName` null) as rows of raw cells. */
export interface Grid {
  sheetName: string | null;
  rows: GridRow[];
}
