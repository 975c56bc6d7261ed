import { XmlTokenizer } from "./XmlTokenizer.ts";
import { openRoot } from "./openRoot.ts";

/**
 * docProps/app.xml as exceljs' AppXform needs it: well-formed with a <Properties> root (any other
 * root leaves exceljs without a model, and it throws). Its content is never used.
 */
export function checkAppProperties(xml: string, part: string): void {
  const tok: XmlTokenizer = new XmlTokenizer(xml, part);
  openRoot(tok, "Properties", false);
  while (tok.next() !== "end");
}
