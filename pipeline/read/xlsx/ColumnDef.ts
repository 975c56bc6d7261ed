import type { CellStyle } from "./CellStyle.ts";

/** A <col> definition: the columns min..max and their style. */
export interface ColumnDef {
  min: number;
  max: number;
  style: CellStyle | null;
}
