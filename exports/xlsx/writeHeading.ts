import type ExcelJS from "exceljs";
import type { Heading } from "./SheetDocument.ts";
import { writeCellValue } from "./writeCellValue.ts";
import { estimateLines, rowHeight } from "./estimateLines.ts";
import { FONT_NAME, HEADING_SIZE } from "./styles.ts";

const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

/**
 * The heading of an administrative document (Decree 30/2020/NĐ-CP) over columns 1…`widths.length`:
 * the authority top left, the national motto top right, each with a short rule under it, then the
 * place and date. Returns the next free row.
 */
export function writeHeading(sheet: ExcelJS.Worksheet, heading: Heading, widths: number[]): number {
  const split = splitColumn(widths);
  const last = widths.length;
  const leftWidth = widths.slice(0, split).reduce((a, b) => a + b, 0);
  const rightWidth = widths.slice(split).reduce((a, b) => a + b, 0);
  const put = (row: number, left: boolean, text: string, font: Partial<ExcelJS.Font>) => {
    const [from, to] = left ? [1, split] : [split + 1, last];
    if (to > from) sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    writeCellValue(cell, text);
    cell.font = { name: FONT_NAME, size: HEADING_SIZE, ...font };
    cell.alignment = { horizontal: "center", vertical: "top", wrapText: true };
  };
  put(1, true, heading.issuer.parent, {});
  put(1, false, MOTTO[0]!, { bold: true });
  put(2, true, heading.issuer.name, { bold: true });
  put(2, false, MOTTO[1]!, { bold: true });
  // The rules under the authority and the motto, a third and two thirds of their text wide.
  put(3, true, "─".repeat(Math.max(6, Math.round(leftWidth / 6))), { size: 8 });
  put(3, false, "─".repeat(Math.max(10, Math.round(rightWidth / 3.2))), { size: 8 });
  put(4, false, heading.placeDate, { italic: true, size: HEADING_SIZE });
  const lines = Math.max(
    estimateLines(heading.issuer.name, leftWidth, HEADING_SIZE, { bold: true }),
    estimateLines(MOTTO[1]!, rightWidth, HEADING_SIZE, { bold: true }),
  );
  sheet.getRow(1).height = rowHeight(estimateLines(heading.issuer.parent, leftWidth, HEADING_SIZE), HEADING_SIZE);
  sheet.getRow(2).height = rowHeight(lines, HEADING_SIZE);
  sheet.getRow(3).height = 10;
  sheet.getRow(4).height = rowHeight(1, HEADING_SIZE) + 4;
  return 6;
}

/** The number of columns on the left: the authority takes about two fifths of the width. */
function splitColumn(widths: number[]): number {
  const total = widths.reduce((a, b) => a + b, 0);
  let sum = 0;
  for (let i = 0; i < widths.length - 1; i++) {
    sum += widths[i]!;
    if (sum >= total * 0.4) return i + 1;
  }
  return Math.max(1, widths.length - 1);
}
