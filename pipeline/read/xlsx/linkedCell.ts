import type { CellRaw } from "./CellRaw.ts";
import type { XmlTokenizer } from "./XmlTokenizer.ts";
import { FormulaRaw } from "./FormulaRaw.ts";
import { HyperlinkRaw } from "./HyperlinkRaw.ts";

/**
 * A cell just read (`raw` undefined when it had neither value nor style) once exceljs' CellXform has
 * found a hyperlink on it: its value, or its formula's cached result, becomes the link's text — even
 * nothing, which readXlsx then reads as "". Declines where that text would be a Date (which
 * readXlsx prints in the local time zone), rich text or an error (both "[object Object]").
 */
export function linkedCell(raw: CellRaw | undefined, tok: XmlTokenizer): HyperlinkRaw {
  const text = raw instanceof FormulaRaw ? raw.result : raw;
  if (text === undefined || text === null) return new HyperlinkRaw(undefined);
  if (typeof text === "string" || typeof text === "number" || typeof text === "boolean") return new HyperlinkRaw(text);
  return tok.fail("hyperlink on a cell holding a date, rich text or an error");
}
