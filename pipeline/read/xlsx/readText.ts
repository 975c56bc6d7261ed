import type { XmlTokenizer } from "./XmlTokenizer.ts";

/**
 * The text of an element just opened that may hold only text: every text node joined, whitespace kept
 * whatever xml:space says (exceljs keeps it too). Declines on a child element or CDATA (which exceljs drops).
 */
export function readText(tok: XmlTokenizer): string {
  let text = "";
  for (;;) {
    const token = tok.next();
    if (token === "close") return text;
    if (token === "text") text += tok.text();
    else tok.fail(token === "cdata" ? "CDATA in text" : `unexpected <${tok.name}> in text`);
  }
}
