/** How a column's values are written: text, or a real number with its number format. */
export type ColumnKind = "text" | "count" | "rate" | "rank" | "rankChange" | "level";

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Width in Excel character units. */
  width: number;
}

export type CellValue = string | number | null;

export interface TableRow {
  values: CellValue[];
  /** A totals row, set in bold. */
  bold?: boolean;
}

/** A table as exported: the same model is written as an xlsx range and as a CSV file. */
export interface Table {
  columns: Column[];
  rows: TableRow[];
  /** Shown in a merged row when there are no rows (xlsx only). */
  emptyText?: string;
}
