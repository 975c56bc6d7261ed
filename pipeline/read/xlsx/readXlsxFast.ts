import type { Grid } from "../Grid.ts";
import type { ReadLimits } from "../ReadLimits.ts";
import type { WorkbookSheets } from "../WorkbookSheets.ts";
import type { ZipPart } from "../ZipPart.ts";
import type { FastReadResult } from "./FastReadResult.ts";
import type { ParsedSheet } from "./ParsedSheet.ts";
import type { Relationship } from "./Relationship.ts";
import type { SheetContext } from "./SheetContext.ts";
import { Declined } from "./Declined.ts";
import { checkZipLayout } from "./checkZipLayout.ts";
import { classifyPart } from "./classifyPart.ts";
import { partText } from "./partText.ts";
import { checkWellFormed } from "./checkWellFormed.ts";
import { parseWorkbookXml } from "./parseWorkbookXml.ts";
import { parseRelationships } from "./parseRelationships.ts";
import { parseStyles } from "./parseStyles.ts";
import { parseSharedStrings } from "./parseSharedStrings.ts";
import { parseWorksheet } from "./parseWorksheet.ts";
import { checkAppProperties } from "./checkAppProperties.ts";
import { checkCoreProperties } from "./checkCoreProperties.ts";
import { buildGridRows } from "./buildGridRows.ts";
import { linkedAddresses } from "./linkedAddresses.ts";
import { worksheetNameProblem } from "./worksheetNameProblem.ts";
import { listedWorksheets } from "../listedWorksheets.ts";
import { DATA_PARTS } from "../DATA_PARTS.ts";
import { errorMessage } from "../../util/errorMessage.ts";

const COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

/**
 * Reads a workbook whose zip `checkWorkbookZip` has passed straight from its inflated parts, without
 * exceljs, returning exactly what the exceljs reader returns — or "declined" whenever the workbook
 * holds anything this reader does not fully handle, is malformed, or would be rejected by the exceljs
 * reader (which then runs and gives the rejection).
 */
export function readXlsxFast(data: Buffer, parts: ZipPart[], limits: ReadLimits): FastReadResult {
  try {
    return { status: "read", sheets: readParts(data, parts, limits) };
  } catch (error) {
    const reason = error instanceof Declined ? error.message : `internal error: ${errorMessage(error)}`;
    return { status: "declined", reason };
  }
}

function readParts(data: Buffer, parts: ZipPart[], limits: ReadLimits): WorkbookSheets {
  checkZipLayout(data);
  const byKind = new Map<string, ZipPart>();
  const worksheets = new Map<string, ZipPart>();
  const worksheetRels: ZipPart[] = [];
  for (const part of parts) {
    const name = part.entry.name;
    const kind = classifyPart(name);
    if (kind === "unsupported") throw new Declined(`${name}: not handled`);
    if (kind === "worksheet") worksheets.set(name, part);
    else if (kind === "worksheetRels") worksheetRels.push(part);
    else if (kind !== "ignored") byKind.set(kind, part);
    else if (DATA_PARTS.test(name)) checkWellFormed(partText(part), name);
  }
  const text = (kind: string) => {
    const part = byKind.get(kind);
    return part ? partText(part) : null;
  };
  const workbookXml = text("workbook"), relsXml = text("workbookRels"), stylesXml = text("styles");
  if (workbookXml === null || relsXml === null || stylesXml === null) throw new Declined("workbook.xml, its relationships or styles.xml missing");
  const workbook = parseWorkbookXml(workbookXml, "xl/workbook.xml");
  const rels = parseRelationships(relsXml, "xl/_rels/workbook.xml.rels");
  const sharedStringsXml = text("sharedStrings");
  const ctx: SheetContext = {
    styles: parseStyles(stylesXml, "xl/styles.xml"),
    sharedStrings: sharedStringsXml === null ? null : parseSharedStrings(sharedStringsXml, "xl/sharedStrings.xml"),
    date1904: workbook.date1904,
  };
  const rootRels = text("rootRels"), app = text("app"), core = text("core");
  if (rootRels !== null) parseRelationships(rootRels, "_rels/.rels");
  if (app !== null) checkAppProperties(app, "docProps/app.xml");
  if (core !== null) checkCoreProperties(core, "docProps/core.xml");
  // A worksheet's relationships, by the worksheet's part name (exceljs pairs them by the sheet number in both names).
  const sheetRels = new Map<string, Map<string, Relationship>>();
  for (const part of worksheetRels) {
    const rels = parseRelationships(partText(part), part.entry.name);
    for (const rel of rels.values()) {
      if (rel.type === COMMENTS_REL) throw new Declined(`${part.entry.name}: comments`);
    }
    sheetRels.set(part.entry.name.replace("/_rels/", "/").replace(/\.rels$/, ""), rels);
  }

  // Sheets resolve to parts as exceljs' WorkbookXform.reconcile does; any it would skip or trip over is declined.
  const ids = new Set<string>();
  const names = new Set<string>();
  const used = new Set<string>();
  const sheets: { name: string; visible: boolean; part: ZipPart }[] = [];
  for (const sheet of workbook.sheets) {
    if (!sheet.sheetId || !/^[1-9][0-9]{0,8}$/.test(sheet.sheetId) || ids.has(sheet.sheetId)) throw new Declined(`sheet "${sheet.name}": sheetId missing, malformed or repeated`);
    ids.add(sheet.sheetId);
    const problem = worksheetNameProblem(sheet.name, names);
    if (problem) throw new Declined(`sheet "${sheet.name}": ${problem}`);
    names.add(sheet.name.toLowerCase());
    const target = sheet.relationshipId === undefined ? undefined : rels.get(sheet.relationshipId)?.target;
    const key = target === undefined ? "" : `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    const part = worksheets.get(key);
    if (!part || used.has(key)) throw new Declined(`sheet "${sheet.name}": no worksheet part of its own`);
    used.add(key);
    sheets.push({ name: sheet.name, visible: (sheet.state || "visible") === "visible", part });
  }
  if (used.size !== worksheets.size) throw new Declined("a worksheet part no sheet refers to");
  const read = new Set(sheets.map((s) => s.name));
  if (listedWorksheets(parts).some((name) => !read.has(name))) throw new Declined("xl/workbook.xml lists a sheet the exceljs reader would call lost");

  const parsed: ParsedSheet[] = sheets.map((s) => {
    const xml = partText(s.part), name = s.part.entry.name;
    const sheet = parseWorksheet(xml, name, ctx);
    if (sheet.hyperlinks.length === 0) return sheet;
    // The links come after the cells they change: a sheet with any is read again knowing them.
    const links = linkedAddresses(sheet.hyperlinks, sheetRels.get(name), name);
    return links.size === 0 ? sheet : parseWorksheet(xml, name, ctx, links);
  });
  const visible: Grid[] = [];
  const hiddenNames: string[] = [];
  sheets.forEach((sheet, i) => {
    if (sheet.visible) visible.push({ sheetName: sheet.name, rows: buildGridRows(parsed[i]!, sheet.name, limits) });
    else hiddenNames.push(sheet.name);
  });
  return { visible, hiddenNames };
}
