import type ExcelJS from "exceljs";
import { FONT_NAME } from "./styles.ts";

/**
 * Print-ready: A4 landscape, one page wide (as many pages tall as needed), centred, the table's header
 * row repeated on every page, "Trang n" in the footer; on screen the sheet is frozen under the
 * header row and shown without gridlines.
 */
export function setupPage(sheet: ExcelJS.Worksheet, options: { headerRow: number; lastRow: number; columns: number }): void {
  const lastColumn = sheet.getColumn(options.columns).letter;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    // Each sheet is its own document: its pages are numbered from 1.
    firstPageNumber: 1,
    margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    // exceljs puts a "$" before each end's column; the "$" before the rows makes the range absolute.
    printArea: `A$1:${lastColumn}$${options.lastRow}`,
    printTitlesRow: `${options.headerRow}:${options.headerRow}`,
  };
  sheet.headerFooter = { oddFooter: `&C&"${FONT_NAME},Regular"&11Trang &P` };
  sheet.views = [{
    state: "frozen", xSplit: 0, ySplit: options.headerRow,
    topLeftCell: `A${options.headerRow + 1}`, activeCell: `A${options.headerRow + 1}`, showGridLines: false,
  }];
}
