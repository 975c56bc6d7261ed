import type { CellRaw } from "./CellRaw.ts";
import type { CellStyle } from "./CellStyle.ts";

/** A <row> of a worksheet: its cells in column order, as parallel lists (no object per cell). */
export interface ParsedRow {
  rowNumber: number;
  /** The row's own style (<row s>), which cells a merge creates in it inherit. */
  style: CellStyle | null;
  cols: number[];
  raws: CellRaw[];
  styles: (CellStyle | null)[];
}
