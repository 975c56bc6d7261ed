import type { CellRaw } from "./CellRaw.ts";
import type { CellStyle } from "./CellStyle.ts";
import type { RawValue } from "../RawValue.ts";
import { ErrorRaw } from "./ErrorRaw.ts";
import { FormulaRaw } from "./FormulaRaw.ts";
import { HyperlinkRaw } from "./HyperlinkRaw.ts";
import { cellText } from "../cellText.ts";

/**
 * A cell's grid value from its exceljs value, as readXlsx's cellValue computes it: text decoded by the
 * cell's font (rich-text runs by their own font first), errors as their text, formulas as their result,
 * hyperlinks as their text made a string.
 */
export function rawToValue(raw: CellRaw, style: CellStyle | null): RawValue {
  if (raw === null) return null;
  switch (typeof raw) {
    case "string":
      return style && style.legacyFont ? cellText(raw, style.fontName) : raw;
    case "number":
    case "boolean":
      return raw;
  }
  if (raw instanceof Date) return raw;
  if (raw instanceof ErrorRaw) return raw.error;
  if (raw instanceof FormulaRaw) {
    if (!raw.hasFormula) return "[object Object]";
    const result = raw.result;
    if (result === undefined) return null;
    if (result instanceof ErrorRaw) return result.error;
    if (typeof result === "string") return style && style.legacyFont ? cellText(result, style.fontName) : result;
    return result as number | boolean | Date;
  }
  if (raw instanceof HyperlinkRaw) {
    const text = raw.text;
    if (typeof text === "string") return style && style.legacyFont ? cellText(text, style.fontName) : text;
    return String(text ?? "");
  }
  return raw.map((run) => cellText(run.text, run.font ?? style?.fontName)).join("");
}
