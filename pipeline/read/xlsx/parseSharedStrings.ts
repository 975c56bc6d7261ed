import type { RichRun } from "./RichRun.ts";
import type { SharedString } from "./SharedString.ts";
import { XmlTokenizer } from "./XmlTokenizer.ts";
import { openRoot } from "./openRoot.ts";
import { readText } from "./readText.ts";
import { readRichRun } from "./readRichRun.ts";
import { decodeEscapedCharacters } from "./decodeEscapedCharacters.ts";

/**
 * xl/sharedStrings.xml as exceljs reads it: each <si> is one <t> (text, "_xHHHH_" decoded) or a list of
 * <r> runs; phonetic guides (<rPh>, <phoneticPr>) are skipped. An <si> mixing <t> and runs, with two <t>
 * or with nothing is declined (exceljs keeps the last <t>, throws, or yields an empty object).
 */
export function parseSharedStrings(xml: string, part: string): SharedString[] {
  const tok: XmlTokenizer = new XmlTokenizer(xml, part);
  openRoot(tok, "sst", true);
  const strings: SharedString[] = [];
  for (;;) {
    const token = tok.next();
    if (token === "close") break;
    if (token === "cdata") tok.fail("CDATA in <sst>");
    if (token !== "open") continue;
    if (tok.name !== "si") tok.fail(`unexpected <${tok.name}> in <sst>`);
    strings.push(readItem(tok));
  }
  if (tok.next() !== "end") tok.fail("content after the root element");
  return strings;
}

function readItem(tok: XmlTokenizer): SharedString {
  let text: string | undefined;
  let runs: RichRun[] | undefined;
  for (;;) {
    const token = tok.next();
    if (token === "close") break;
    if (token === "cdata") tok.fail("CDATA in <si>");
    if (token !== "open") continue;
    switch (tok.name) {
      case "t":
        if (text !== undefined || runs) tok.fail("<si> with more than one text");
        text = decodeEscapedCharacters(readText(tok));
        break;
      case "r":
        if (text !== undefined) tok.fail("<si> mixing <t> and runs");
        (runs ??= []).push(readRichRun(tok));
        break;
      case "rPh":
        tok.skipElement(undefined, new Set(["rPh"]));
        break;
      case "phoneticPr":
        tok.skipElement(new Set());
        break;
      default:
        tok.fail(`unexpected <${tok.name}> in <si>`);
    }
  }
  const item = text ?? runs;
  if (item === undefined) tok.fail("empty <si>");
  return item;
}
