import type { Grid } from "./Grid.ts";

/** What a workbook reader hands over: the visible sheets as grids, in workbook order, and the names of the hidden ones. */
export interface WorkbookSheets {
  visible: Grid[];
  hiddenNames: string[];
}
