import type { CellStyle } from "./CellStyle.ts";
import type { ColumnDef } from "./ColumnDef.ts";

/**
 * The style of each column (index = column number) as exceljs' Column.fromModel assigns <col>
 * definitions: sorted by min, each covering its columns not already taken by an earlier one.
 */
export function columnStyles(cols: ColumnDef[]): (CellStyle | null)[] {
  const styles: (CellStyle | null)[] = [];
  let count = 1;
  for (const def of [...cols].sort((a, b) => a.min - b.min)) {
    const from = Math.max(count, def.min);
    if (from > def.max) {
      count = from;
      continue;
    }
    for (let c = from; c <= Math.min(def.max, 16384); c++) styles[c] = def.style;
    count = def.max + 1;
  }
  return styles;
}
