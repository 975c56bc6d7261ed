import type { WorkbookStyles } from "./WorkbookStyles.ts";
import type { XmlTokenizer } from "./XmlTokenizer.ts";
import { declineInheritedKey } from "./declineInheritedKey.ts";
import { readText } from "./readText.ts";
import { walkElements } from "./walkElements.ts";

// What Excel writes inside a <conditionalFormatting>: rules, their formulas, bars, scales, icon sets, extension ids.
const CONTENT = new Set(["cfRule", "formula", "dataBar", "colorScale", "iconSet", "cfvo", "color", "extLst", "ext", "x14:id"]);

/**
 * A <conditionalFormatting> just opened, consumed as exceljs' ConditionalFormattingsXform reads it:
 * formats never change a cell. Declines where exceljs throws — a rule with a dxfId when styles.xml has
 * no <dxf> — or could, keying plain objects by its sqref and rule ids (see isInheritedKey), and on
 * anything but the elements of CONTENT.
 */
export function skipConditionalFormatting(tok: XmlTokenizer, styles: WorkbookStyles | null): void {
  declineInheritedKey(tok, tok.attr("sqref"), "conditional format");
  walkElements(tok, (name) => {
    if (!CONTENT.has(name)) tok.fail(`unexpected <${name}> in <conditionalFormatting>`);
    if (name === "cfRule" && tok.attr("dxfId") !== undefined && !(styles && styles.dxfCount > 0)) tok.fail("conditional format with a dxfId but no <dxf> in styles.xml");
    if (name !== "x14:id") return false;
    declineInheritedKey(tok, readText(tok), "conditional format");
    return true;
  });
}
