import type { WorkbookSheets } from "../../../pipeline/read/WorkbookSheets.ts";
import { FileRejection } from "../../../pipeline/read/FileRejection.ts";

/** What a workbook reader made of a file: its sheets, or the rejection (reason code and message), or another error. */
export type ReaderOutcome =
  | { sheets: WorkbookSheets }
  | { rejected: { reasonCode: string; message: string } }
  | { failed: string };

export async function readerOutcome(read: () => Promise<WorkbookSheets>): Promise<ReaderOutcome> {
  try {
    return { sheets: await read() };
  } catch (error) {
    if (error instanceof FileRejection) return { rejected: { reasonCode: error.reasonCode, message: error.message } };
    return { failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
