import type { WorkbookSheets } from "../WorkbookSheets.ts";

/** The fast reader's answer: the sheets, exactly as the exceljs reader would give them, or why it declined. */
export type FastReadResult = { status: "read"; sheets: WorkbookSheets } | { status: "declined"; reason: string };
