import type { Heading } from "./SheetDocument.ts";
import type { WorkbookDocument } from "./WorkbookDocument.ts";
import { writeDocumentSheet } from "./writeDocumentSheet.ts";
import { deflateStoredZip } from "./deflateStoredZip.ts";

/**
 * The xlsx bytes of a workbook, every sheet under the official heading. exceljs is loaded on first
 * use only: a run whose workbooks are all reused never pays for it.
 */
export async function writeWorkbook(doc: WorkbookDocument, heading: Heading): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "capdo";
  workbook.title = doc.title;
  for (const sheet of doc.sheets) writeDocumentSheet(workbook, sheet, heading);
  // exceljs zips with JSZip, whose DEFLATE is pure JavaScript (pako): have it store the entries, then
  // deflate them with native zlib at the fastest level (files about a fifth larger than at level 6).
  return deflateStoredZip(Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } })));
}
