import type { XmlTokenizer } from "./XmlTokenizer.ts";
import { SPREADSHEETML_NS } from "./SPREADSHEETML_NS.ts";

/** Reads up to the root element, which must be `name` (unprefixed, as exceljs matches it), in the transitional namespace when `spreadsheetml`. */
export function openRoot(tok: XmlTokenizer, name: string, spreadsheetml: boolean): void {
  if (tok.next() !== "open" || tok.name !== name) tok.fail(`root element is not <${name}>`);
  if (spreadsheetml && tok.attr("xmlns") !== SPREADSHEETML_NS) tok.fail("not the transitional SpreadsheetML namespace");
}
