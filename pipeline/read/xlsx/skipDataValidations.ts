import type { XmlTokenizer } from "./XmlTokenizer.ts";
import { decodesAsReference } from "./decodesAsReference.ts";

const TEXT_ONLY: ReadonlySet<string> = new Set();

/**
 * A <dataValidations> just opened, consumed as exceljs' DataValidationsXform reads it: validations
 * (dropdowns, bounds) never change a cell, however large their ranges (exceljs lists every cell of
 * them, which can take it minutes). Declines where exceljs throws — a <dataValidation> without sqref,
 * a range past column XFD — and on anything but <dataValidation> holding <formula1>/<formula2> text.
 */
export function skipDataValidations(tok: XmlTokenizer): void {
  for (;;) {
    const token = tok.next();
    if (token === "close") return;
    if (token !== "open") continue;
    if (tok.name !== "dataValidation") tok.fail(`unexpected <${tok.name}> in <dataValidations>`);
    const sqref = tok.attr("sqref");
    if (sqref === undefined) tok.fail("data validation without sqref");
    for (const range of sqref.split(/\s+/g)) {
      if (range.includes(":") && !decodesAsReference(range)) tok.fail(`data validation range "${range}" malformed`);
    }
    for (;;) {
      const inner = tok.next();
      if (inner === "close") break;
      if (inner !== "open") continue;
      const child: string = tok.name;
      if (child !== "formula1" && child !== "formula2") tok.fail(`unexpected <${child}> in <dataValidation>`);
      tok.skipElement(TEXT_ONLY);
    }
  }
}
