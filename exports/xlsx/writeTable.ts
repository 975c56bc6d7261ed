import type ExcelJS from "exceljs";
import type { Table } from "../table/Table.ts";
import { writeCellValue } from "./writeCellValue.ts";
import { estimateLines, rowHeight } from "./estimateLines.ts";
import { cellValue } from "./cellValue.ts";
import { tableCellStyle } from "./tableCellStyle.ts";
import { BODY_SIZE, FONT_NAME, THIN_BORDER } from "./styles.ts";

export interface WrittenTable {
  headerRow: number;
  lastRow: number;
}

/** The table from `startRow`: a bold, bordered header row, then one bordered row per table row. */
export function writeTable(sheet: ExcelJS.Worksheet, table: Table, startRow: number): WrittenTable {
  const headerRow = startRow;
  let headerLines = 1;
  table.columns.forEach((column, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    writeCellValue(cell, column.header);
    cell.font = { name: FONT_NAME, size: BODY_SIZE, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = THIN_BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    headerLines = Math.max(headerLines, estimateLines(column.header, column.width - 1, BODY_SIZE, { bold: true }));
  });
  sheet.getRow(headerRow).height = rowHeight(headerLines, BODY_SIZE);

  let row = headerRow;
  for (const tableRow of table.rows) {
    row++;
    let lines = 1;
    const bold = tableRow.bold === true;
    const sheetRow = sheet.getRow(row);
    table.columns.forEach((column, i) => {
      const value = tableRow.values[i] ?? null;
      const cell = sheetRow.getCell(i + 1);
      const text = typeof value === "string";
      cell.value = cellValue(value);
      cell.style = tableCellStyle(column.kind, { bold, text });
      if (text) lines = Math.max(lines, estimateLines(value, column.width - 2, BODY_SIZE, { bold }));
    });
    sheetRow.height = rowHeight(lines, BODY_SIZE);
  }
  if (table.rows.length === 0 && table.emptyText) {
    row++;
    sheet.mergeCells(row, 1, row, table.columns.length);
    const cell = sheet.getCell(row, 1);
    writeCellValue(cell, table.emptyText);
    cell.font = { name: FONT_NAME, size: BODY_SIZE, italic: true };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    for (let c = 1; c <= table.columns.length; c++) sheet.getCell(row, c).border = THIN_BORDER;
    sheet.getRow(row).height = rowHeight(1, BODY_SIZE);
  }
  return { headerRow, lastRow: row };
}
