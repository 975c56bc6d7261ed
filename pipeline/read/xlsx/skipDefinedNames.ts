import type { XmlTokenizer } from "./XmlTokenizer.ts";
import { readText } from "./readText.ts";
import { decodesAsReference } from "./decodesAsReference.ts";

/**
 * A <definedNames> just opened, consumed as exceljs' WorkbookXform reads it: named ranges, print titles
 * and print areas never change a cell. Declines where exceljs throws — a print area whose first range it
 * cannot decode (it reads only that one) — and on anything but <definedName> elements holding text.
 */
export function skipDefinedNames(tok: XmlTokenizer): void {
  for (;;) {
    const token = tok.next();
    if (token === "close") return;
    if (token !== "open") continue;
    if (tok.name !== "definedName") tok.fail(`unexpected <${tok.name}> in <definedNames>`);
    const name = tok.attr("name");
    const text = readText(tok);
    if (name === "_xlnm.Print_Area" && !printAreaDecodes(text)) tok.fail(`print area "${text}" malformed`);
  }
}

/**
 * Whether the first of a print area's comma-separated ranges is one exceljs keeps (extractRanges in its
 * DefinedNameXform: quotes balanced, decodable); it would look further, this conservatively does not.
 */
function printAreaDecodes(text: string): boolean {
  const first = text.split(",").find((item) => item !== "");
  return first !== undefined && (first.split("'").length - 1) % 2 === 0 && decodesAsReference(first);
}
