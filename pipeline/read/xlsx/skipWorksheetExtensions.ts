import type { XmlTokenizer } from "./XmlTokenizer.ts";
import { declineInheritedKey } from "./declineInheritedKey.ts";
import { readText } from "./readText.ts";
import { walkElements } from "./walkElements.ts";

/**
 * A worksheet's <extLst> just opened, consumed as exceljs' ExtLstXform reads it: of the extensions
 * (x14 data validations and conditional formats, sparklines …) it keeps only conditional formats, merged
 * with the sheet's own by sqref and rule id in plain objects — none changes a cell. Declines where that
 * merge could meet an inherited key (see isInheritedKey), on a child other than <ext>, and on a nested
 * <ext> or <extLst>, which would end exceljs' reading early.
 */
export function skipWorksheetExtensions(tok: XmlTokenizer): void {
  walkElements(tok, (name, depth) => {
    if (depth === 0 ? name !== "ext" : name === "ext" || name === "extLst") tok.fail(`unexpected <${name}> in <extLst>`);
    if (name === "x14:cfRule") declineInheritedKey(tok, tok.attr("id"), "conditional format");
    if (name !== "xm:sqref") return false;
    declineInheritedKey(tok, readText(tok), "conditional format");
    return true;
  });
}
