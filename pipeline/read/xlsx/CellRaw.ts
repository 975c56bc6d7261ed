import type { ErrorRaw } from "./ErrorRaw.ts";
import type { FormulaRaw } from "./FormulaRaw.ts";
import type { HyperlinkRaw } from "./HyperlinkRaw.ts";
import type { RichRun } from "./RichRun.ts";

/**
 * A cell's value as exceljs holds it, before readXlsx decodes text by font: null for a styled cell
 * without a value, text, rich-text runs, number, boolean, Date, error, formula, or hyperlink.
 */
export type CellRaw = null | string | number | boolean | Date | RichRun[] | ErrorRaw | FormulaRaw | HyperlinkRaw;
