import { XmlTokenizer } from "./XmlTokenizer.ts";
import { skipLeaf } from "./skipLeaf.ts";

// The children exceljs' CoreXform knows; any other element makes it throw.
const KNOWN = new Set([
  "dc:creator", "dc:title", "dc:subject", "dc:description", "dc:identifier", "dc:language",
  "cp:keywords", "cp:category", "cp:lastModifiedBy", "cp:lastPrinted", "cp:revision", "cp:version",
  "cp:contentStatus", "cp:contentType", "dcterms:created", "dcterms:modified",
]);

/** docProps/core.xml as exceljs' CoreXform accepts it: its root, and only known, text-only children. */
export function checkCoreProperties(xml: string, part: string): void {
  const tok: XmlTokenizer = new XmlTokenizer(xml, part);
  if (tok.next() !== "open" || (tok.name !== "cp:coreProperties" && tok.name !== "coreProperties")) tok.fail("unexpected root element");
  for (;;) {
    const token = tok.next();
    if (token === "close") break;
    if (token !== "open") continue;
    if (!KNOWN.has(tok.name)) tok.fail(`unexpected <${tok.name}>`);
    skipLeaf(tok);
  }
  if (tok.next() !== "end") tok.fail("content after the root element");
}
