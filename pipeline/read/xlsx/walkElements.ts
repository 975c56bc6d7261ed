import type { XmlTokenizer } from "./XmlTokenizer.ts";

/**
 * Walks every element inside the element just opened, up to its close: `visit` sees each one as it
 * opens (name, and its depth below that element: 0 for a child) and returns true when it consumed the
 * element itself (read its text to its close), false or nothing to have the walk go inside it.
 */
export function walkElements(tok: XmlTokenizer, visit: (name: string, depth: number) => boolean | void): void {
  let depth = 0;
  for (;;) {
    const token = tok.next();
    if (token === "close") {
      if (depth-- === 0) return;
      continue;
    }
    if (token !== "open") continue;
    if (visit(tok.name, depth) !== true) depth++;
  }
}
