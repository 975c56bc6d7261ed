import type { ZipPart } from "./ZipPart.ts";

/**
 * After the workbook reader failed on a zip whose parts all inflate: the first XML part that is
 * not well-formed (tags unbalanced, an attribute without a quoted value, text outside the root), or null.
 */
export function findBrokenXmlPart(parts: ZipPart[]): string | null {
  const xmlParts = parts.filter((p) => /\.(xml|rels)$/i.test(p.entry.name));
  // The parts exceljs reads first are the likeliest culprits: name those before the rest.
  const order = (name: string) => (/^xl\/(workbook|_rels|sharedStrings|styles)/i.test(name) ? 0 : /^xl\/worksheets\//i.test(name) ? 1 : 2);
  for (const part of xmlParts.sort((a, b) => order(a.entry.name) - order(b.entry.name) || a.entry.index - b.entry.index)) {
    if (!isWellFormed(part.bytes.toString("utf8"))) return part.entry.name;
  }
  return null;
}

const NAME = /^[A-Za-z_:][\w.:-]*$/;
const ATTRIBUTES = /^(?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*$/;

function isWellFormed(xml: string): boolean {
  const stack: string[] = [];
  let rootClosed = false;
  let rootSeen = false;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== "") return false;
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) i = skipPast(xml, lt, "-->");
    else if (xml.startsWith("<![CDATA[", lt)) i = stack.length === 0 ? -1 : skipPast(xml, lt, "]]>");
    else if (xml.startsWith("<?", lt)) i = skipPast(xml, lt, "?>");
    else if (xml.startsWith("<!", lt)) i = skipPast(xml, lt, ">");
    else {
      const gt = tagEnd(xml, lt);
      if (gt < 0) return false;
      const body = xml.slice(lt + 1, gt);
      if (body.startsWith("/")) {
        if (stack.pop() !== body.slice(1).trim()) return false;
        if (stack.length === 0) rootClosed = true;
      } else {
        const selfClosing = body.endsWith("/");
        const inner = selfClosing ? body.slice(0, -1) : body;
        const name = /^[^\s/]*/.exec(inner)?.[0] ?? "";
        if (!NAME.test(name) || !ATTRIBUTES.test(inner.slice(name.length))) return false;
        if (stack.length === 0 && (rootSeen || rootClosed)) return false;
        rootSeen = true;
        if (selfClosing) {
          if (stack.length === 0) rootClosed = true;
        } else stack.push(name);
      }
      i = gt + 1;
    }
    if (i < 0) return false;
  }
  return rootSeen && stack.length === 0;
}

function skipPast(xml: string, from: number, end: string): number {
  const at = xml.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

/** The ">" that closes the tag opened at `lt`, skipping ">" inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote = "";
  for (let j = lt + 1; j < xml.length; j++) {
    const c = xml[j]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return j;
    else if (c === "<") return -1;
  }
  return -1;
}
