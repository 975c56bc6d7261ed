import type { SheetEntry } from "./SheetEntry.ts";
import type { WorkbookInfo } from "./WorkbookInfo.ts";
import { XmlTokenizer } from "./XmlTokenizer.ts";
import { openRoot } from "./openRoot.ts";
import { skipLeaf } from "./skipLeaf.ts";
import { decodeNamedEntities } from "./decodeNamedEntities.ts";
import { skipDefinedNames } from "./skipDefinedNames.ts";

// exceljs' WorkbookXform dispatches these names wherever they appear outside another of them.
const DISPATCHED = new Set(["workbook", "fileVersion", "workbookPr", "bookViews", "sheets", "definedNames", "calcPr"]);

/**
 * xl/workbook.xml: the sheets in order and the date system. Defined names are checked and skipped (see
 * skipDefinedNames); any layout exceljs would read differently is declined.
 */
export function parseWorkbookXml(xml: string, part: string): WorkbookInfo {
  const tok: XmlTokenizer = new XmlTokenizer(xml, part);
  openRoot(tok, "workbook", true);
  let sheets: SheetEntry[] | null = null;
  let date1904: boolean | null = null;
  for (;;) {
    const token = tok.next();
    if (token === "close") break;
    if (token !== "open") continue;
    switch (tok.name) {
      case "sheets":
        if (sheets) tok.fail("two <sheets>");
        sheets = readSheets(tok);
        break;
      case "workbookPr":
        if (date1904 !== null) tok.fail("two <workbookPr>");
        date1904 = tok.attr("date1904") === "1";
        skipLeaf(tok);
        break;
      case "fileVersion":
      case "calcPr":
        skipLeaf(tok);
        break;
      case "bookViews":
        tok.skipElement(new Set(["workbookView"]));
        break;
      case "definedNames":
        skipDefinedNames(tok);
        break;
      default:
        tok.skipElement(undefined, DISPATCHED);
    }
  }
  if (tok.next() !== "end") tok.fail("content after the root element");
  if (!sheets || sheets.length === 0) tok.fail("no sheets");
  return { sheets, date1904: date1904 ?? false };
}

function readSheets(tok: XmlTokenizer): SheetEntry[] {
  const sheets: SheetEntry[] = [];
  for (;;) {
    const token = tok.next();
    if (token === "close") return sheets;
    if (token !== "open") continue;
    if (tok.name !== "sheet") tok.fail(`unexpected <${tok.name}> in <sheets>`);
    const name = tok.attr("name");
    if (name === undefined) tok.fail("sheet without a name");
    sheets.push({ name: decodeNamedEntities(name), sheetId: tok.attr("sheetId"), state: tok.attr("state"), relationshipId: tok.attr("r:id") });
    skipLeaf(tok);
  }
}
