import type ExcelJS from "exceljs";
import type { Heading, SheetDocument } from "./SheetDocument.ts";
import { writeHeading } from "./writeHeading.ts";
import { writeTable } from "./writeTable.ts";
import { writeNotes } from "./writeNotes.ts";
import { writeCellValue } from "./writeCellValue.ts";
import { setupPage } from "./setupPage.ts";
import { estimateLines, rowHeight } from "./estimateLines.ts";
import { BODY_SIZE, FONT_NAME, TITLE_SIZE } from "./styles.ts";

/** A sheet as an official annex: heading, title block, the table (filterable), then the notes. */
export function writeDocumentSheet(workbook: ExcelJS.Workbook, doc: SheetDocument, heading: Heading): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(doc.name);
  const widths = doc.table.columns.map((c) => c.width);
  doc.table.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
  });
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  let row = writeHeading(sheet, heading, widths);
  const lines: [string, Partial<ExcelJS.Font>][] = [
    [doc.title, { bold: true, size: TITLE_SIZE }],
    ...doc.subtitles.map((text, i): [string, Partial<ExcelJS.Font>] => [text, i === 0 ? { bold: true, size: TITLE_SIZE - 1 } : { italic: true, size: BODY_SIZE }]),
  ];
  for (const [text, font] of lines) {
    sheet.mergeCells(row, 1, row, widths.length);
    const cell = sheet.getCell(row, 1);
    writeCellValue(cell, text);
    cell.font = { name: FONT_NAME, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    const size = font.size ?? BODY_SIZE;
    sheet.getRow(row).height = rowHeight(estimateLines(text, totalWidth - 4, size, { bold: font.bold === true }), size);
    row++;
  }
  const table = writeTable(sheet, doc.table, row + 1);
  if (doc.table.rows.length > 0) {
    sheet.autoFilter = { from: { row: table.headerRow, column: 1 }, to: { row: table.lastRow, column: widths.length } };
  }
  const lastRow = doc.notes.length > 0 ? writeNotes(sheet, doc.notes, table.lastRow + 2, widths) : table.lastRow;
  setupPage(sheet, { headerRow: table.headerRow, lastRow, columns: widths.length });
  return sheet;
}
