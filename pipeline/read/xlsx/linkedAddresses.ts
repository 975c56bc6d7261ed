import type { HyperlinkRef } from "./HyperlinkRef.ts";
import type { Relationship } from "./Relationship.ts";
import { Declined } from "./Declined.ts";

/**
 * The cells (references as written) whose value exceljs turns into a hyperlink, as its WorksheetXform
 * maps them: a link with a relationship id takes that relationship's target, a later link on the same
 * cell replacing an earlier one, and only a non-empty target counts (links within the workbook have
 * no id and change nothing). Declines on an id the sheet's relationships (`rels`) lack: exceljs throws.
 */
export function linkedAddresses(links: HyperlinkRef[], rels: ReadonlyMap<string, Relationship> | undefined, part: string): Set<string> {
  const targets = new Map<string, string | undefined>();
  for (const link of links) {
    if (!link.relationshipId) continue;
    const rel = rels?.get(link.relationshipId);
    if (!rel || link.relationshipId === "__proto__") throw new Declined(`${part}: hyperlink to a relationship that does not exist`);
    if (link.ref !== undefined) targets.set(link.ref, rel.target);
  }
  return new Set([...targets].filter(([, target]) => Boolean(target)).map(([ref]) => ref));
}
