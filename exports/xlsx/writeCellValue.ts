import type ExcelJS from "exceljs";
import type { CellValue, ColumnKind } from "../table/Table.ts";
import { cellValue } from "./cellValue.ts";
import { NUMBER_FORMATS } from "./styles.ts";

/**
 * Writes a value into a cell: text as a string cell with the Text format `@`, so that Excel keeps it
 * text even after the cell is edited (no formula, whatever it starts with, and nothing added to it);
 * numbers as real numbers with the column's number format.
 */
export function writeCellValue(cell: ExcelJS.Cell, value: CellValue, kind: ColumnKind = "text"): void {
  cell.value = cellValue(value);
  cell.numFmt = NUMBER_FORMATS[typeof value === "string" ? "text" : kind];
}
