import type { RichRun } from "./RichRun.ts";
import type { XmlTokenizer } from "./XmlTokenizer.ts";
import { skipLeaf } from "./skipLeaf.ts";
import { readText } from "./readText.ts";
import { decodeEscapedCharacters } from "./decodeEscapedCharacters.ts";
import { FONT_PROPERTIES } from "./FONT_PROPERTIES.ts";

/**
 * An <r> just opened, as exceljs' RichTextXform reads it: one <t> (its "_xHHHH_" escapes decoded) and
 * at most one <rPr> whose <rFont val> names the font. Declines on any other shape.
 */
export function readRichRun(tok: XmlTokenizer): RichRun {
  let text: string | undefined;
  let font: string | undefined;
  let seenProperties = false;
  for (;;) {
    const token = tok.next();
    if (token === "close") break;
    if (token === "cdata") tok.fail("CDATA in rich text");
    if (token !== "open") continue;
    if (tok.name === "t" && text === undefined) text = decodeEscapedCharacters(readText(tok));
    else if (tok.name === "rPr" && !seenProperties) {
      seenProperties = true;
      font = readRunFont(tok);
    } else tok.fail(`unexpected <${tok.name}> in a rich-text run`);
  }
  if (text === undefined) tok.fail("rich-text run without <t>");
  return { text, font };
}

/** The font an <rPr> names: the last <rFont> with a non-empty val (exceljs keeps only truthy values). */
function readRunFont(tok: XmlTokenizer): string | undefined {
  let font: string | undefined;
  for (;;) {
    const token = tok.next();
    if (token === "close") return font;
    if (token !== "open") continue;
    if (tok.name === "rFont") font = tok.attr("val") || font;
    else if (!FONT_PROPERTIES.has(tok.name)) tok.fail(`unexpected <${tok.name}> in <rPr>`);
    skipLeaf(tok);
  }
}
