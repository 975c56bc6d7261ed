import type { Grid, GridCell } from "../../pipeline/read/Grid.ts";
import type { RawValue } from "../../pipeline/read/RawValue.ts";

/**
 * A grid as readXlsx or readCsv would hand it over: rows[0] is row `firstRow` (default 1); rows with
 * no cells (`[]`) are left out, as the readers leave out empty rows.
 */
export function gridFromRows(rows: RawValue[][], options: { sheetName?: string | null; firstRow?: number } = {}): Grid {
  const firstRow = options.firstRow ?? 1;
  return {
    sheetName: options.sheetName === undefined ? "Sheet1" : options.sheetName,
    rows: rows
      .map((values, i) => ({ rowNumber: firstRow + i, cells: values.map((value): GridCell => ({ value: value ?? null })) }))
      .filter((row) => row.cells.length > 0),
  };
}
