import type { HyperlinkRef } from "./HyperlinkRef.ts";
import type { XmlTokenizer } from "./XmlTokenizer.ts";
import { skipLeaf } from "./skipLeaf.ts";

/**
 * A <hyperlinks> just opened, as exceljs' list reader takes it: empty <hyperlink> elements in order.
 * Declines on anything else inside, which would end exceljs' list early.
 */
export function readHyperlinks(tok: XmlTokenizer): HyperlinkRef[] {
  const links: HyperlinkRef[] = [];
  for (;;) {
    const token = tok.next();
    if (token === "close") return links;
    if (token !== "open") continue;
    if (tok.name !== "hyperlink") tok.fail(`unexpected <${tok.name}> in <hyperlinks>`);
    links.push({ ref: tok.attr("ref"), relationshipId: tok.attr("r:id") });
    skipLeaf(tok);
  }
}
