import type { XmlTokenizer } from "./XmlTokenizer.ts";

/** Consumes the element just opened, which must hold no elements (text is ignored). */
export function skipLeaf(tok: XmlTokenizer): void {
  for (;;) {
    const token = tok.next();
    if (token === "close") return;
    if (token === "open") tok.fail(`unexpected <${tok.name}>`);
  }
}
