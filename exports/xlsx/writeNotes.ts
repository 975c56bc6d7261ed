import type ExcelJS from "exceljs";
import { writeCellValue } from "./writeCellValue.ts";
import { estimateLines, rowHeight } from "./estimateLines.ts";
import { BODY_SIZE, FONT_NAME } from "./styles.ts";

/** "Ghi chú:" and one paragraph per row, each merged across the table's width. Returns the last row. */
export function writeNotes(sheet: ExcelJS.Worksheet, notes: string[], startRow: number, widths: number[]): number {
  const last = widths.length;
  const width = widths.reduce((a, b) => a + b, 0);
  let row = startRow;
  const put = (text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    writeCellValue(cell, text);
    cell.font = { name: FONT_NAME, size: BODY_SIZE, ...font };
    cell.alignment = { horizontal: "justify", vertical: "top", wrapText: true };
    sheet.getRow(row).height = rowHeight(estimateLines(text, width - 2, BODY_SIZE, { bold: font.bold === true }), BODY_SIZE);
    row++;
  };
  put("Ghi chú:", { bold: true, italic: true });
  for (const note of notes) put(note, {});
  return row - 1;
}
