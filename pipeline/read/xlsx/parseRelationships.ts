import type { Relationship } from "./Relationship.ts";
import { XmlTokenizer } from "./XmlTokenizer.ts";
import { openRoot } from "./openRoot.ts";
import { skipLeaf } from "./skipLeaf.ts";

/**
 * A .rels part as exceljs' RelationshipsXform reads it: <Relationships> holding only empty
 * <Relationship> elements (anything else makes exceljs throw, so it is declined), keyed by Id, the
 * last of a repeated Id winning.
 */
export function parseRelationships(xml: string, part: string): Map<string, Relationship> {
  const tok: XmlTokenizer = new XmlTokenizer(xml, part);
  openRoot(tok, "Relationships", false);
  const rels = new Map<string, Relationship>();
  for (;;) {
    const token = tok.next();
    if (token === "close") break;
    if (token !== "open") continue;
    if (tok.name !== "Relationship") tok.fail(`unexpected <${tok.name}>`);
    const id = tok.attr("Id");
    if (id === undefined) tok.fail("relationship without an Id");
    rels.set(id, { type: tok.attr("Type"), target: tok.attr("Target") });
    skipLeaf(tok);
  }
  if (tok.next() !== "end") tok.fail("content after the root element");
  return rels;
}
