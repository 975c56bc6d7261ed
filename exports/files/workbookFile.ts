import type { Heading } from "../xlsx/SheetDocument.ts";
import type { WorkbookDocument } from "../xlsx/WorkbookDocument.ts";
import type { PlannedFile } from "./PlannedFile.ts";
import { writeWorkbook } from "../xlsx/writeWorkbook.ts";

/** An xlsx workbook of `doc`, every sheet under `heading`. */
export function workbookFile(name: string, doc: WorkbookDocument, heading: Heading): PlannedFile {
  return { name, input: { heading, workbook: doc }, build: () => writeWorkbook(doc, heading) };
}
