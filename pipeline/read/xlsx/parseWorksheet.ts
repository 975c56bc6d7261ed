import type { ColumnDef } from "./ColumnDef.ts";
import type { HyperlinkRef } from "./HyperlinkRef.ts";
import type { MergeRange } from "./MergeRange.ts";
import type { ParsedRow } from "./ParsedRow.ts";
import type { ParsedSheet } from "./ParsedSheet.ts";
import type { SheetContext } from "./SheetContext.ts";
import { XmlTokenizer } from "./XmlTokenizer.ts";
import { openRoot } from "./openRoot.ts";
import { skipLeaf } from "./skipLeaf.ts";
import { readCell } from "./readCell.ts";
import { lookupStyle } from "./lookupStyle.ts";
import { parseRowNumber } from "./parseRowNumber.ts";
import { columnOfReference } from "./columnOfReference.ts";
import { rowOfReference } from "./rowOfReference.ts";
import { readHyperlinks } from "./readHyperlinks.ts";
import { skipDataValidations } from "./skipDataValidations.ts";
import { skipConditionalFormatting } from "./skipConditionalFormatting.ts";
import { skipWorksheetExtensions } from "./skipWorksheetExtensions.ts";

// exceljs' WorksheetXform dispatches these names wherever they appear outside another of them.
const DISPATCHED = new Set([
  "worksheet", "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "autoFilter", "mergeCells",
  "rowBreaks", "hyperlinks", "pageMargins", "dataValidations", "pageSetup", "headerFooter", "printOptions", "picture",
  "drawing", "sheetProtection", "tableParts", "conditionalFormatting", "extLst",
]);
// Elements exceljs reads but that never change a cell, with the children they may have.
const LAYOUT: Record<string, ReadonlySet<string>> = {
  sheetPr: new Set(["tabColor", "outlinePr", "pageSetUpPr"]),
  sheetViews: new Set(["sheetView", "pane", "selection"]),
  headerFooter: new Set(["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"]),
  autoFilter: new Set(["filterColumn", "filters", "filter", "customFilters", "customFilter", "dynamicFilter", "top10", "colorFilter", "iconFilter", "dateGroupItem", "sortState", "sortCondition"]),
  rowBreaks: new Set(["brk"]),
  sheetProtection: new Set(),
  dimension: new Set(),
  sheetFormatPr: new Set(),
  pageMargins: new Set(),
  pageSetup: new Set(),
  printOptions: new Set(),
};
const MAX_MERGED_CELLS = 1_000_000;

/**
 * A worksheet part: its rows and cells (see readCell; those in `links` carry a hyperlink), merged ranges,
 * column styles and hyperlinks. Data validations, conditional formats and extensions are checked and
 * skipped (see their skip functions); drawings, pictures and tables are declined: exceljs resolves them
 * against other parts and may throw.
 */
export function parseWorksheet(xml: string, part: string, ctx: SheetContext, links: ReadonlySet<string> | null = null): ParsedSheet {
  const tok: XmlTokenizer = new XmlTokenizer(xml, part);
  openRoot(tok, "worksheet", true);
  let rows: ParsedRow[] | null = null;
  let merges: MergeRange[] | null = null;
  let cols: ColumnDef[] | null = null;
  let hyperlinks: HyperlinkRef[] | null = null;
  for (;;) {
    const token = tok.next();
    if (token === "close") break;
    if (token !== "open") continue;
    const name = tok.name;
    if (name === "sheetData") {
      if (rows) tok.fail("two <sheetData>");
      rows = readSheetData(tok, ctx, links);
    } else if (name === "mergeCells") {
      if (merges) tok.fail("two <mergeCells>");
      merges = readMerges(tok);
    } else if (name === "cols") {
      if (cols) tok.fail("two <cols>");
      cols = readColumns(tok, ctx);
    } else if (name === "hyperlinks") {
      if (hyperlinks) tok.fail("two <hyperlinks>");
      hyperlinks = readHyperlinks(tok);
    } else if (name === "dataValidations") skipDataValidations(tok);
    else if (name === "conditionalFormatting") skipConditionalFormatting(tok, ctx.styles);
    else if (name === "extLst") skipWorksheetExtensions(tok);
    else if (LAYOUT[name]) tok.skipElement(LAYOUT[name]);
    else if (DISPATCHED.has(name)) tok.fail(`<${name}> is not handled`);
    else tok.skipElement(undefined, DISPATCHED);
  }
  if (tok.next() !== "end") tok.fail("content after the root element");
  return { rows: rows ?? [], merges: merges ?? [], cols: cols ?? [], hyperlinks: hyperlinks ?? [] };
}

function readSheetData(tok: XmlTokenizer, ctx: SheetContext, links: ReadonlySet<string> | null): ParsedRow[] {
  const rows: ParsedRow[] = [];
  const sharedMasters = new Set<string>();
  let last = 0;
  for (;;) {
    const token = tok.next();
    if (token === "close") return rows;
    if (token !== "open") continue;
    if (tok.name !== "row") tok.fail(`unexpected <${tok.name}> in <sheetData>`);
    const rowNumber = parseRowNumber(tok.attr("r") ?? "");
    if (rowNumber <= last) tok.fail("row number missing, malformed or out of order");
    last = rowNumber;
    const s = tok.attr("s");
    const styleId = s ? parseInt(s, 10) : 0;
    const row: ParsedRow = { rowNumber, style: styleId ? lookupStyle(ctx.styles, styleId, tok) : null, cols: [], raws: [], styles: [] };
    for (;;) {
      const inner = tok.next();
      if (inner === "close") break;
      if (inner !== "open") continue;
      const child: string = tok.name;
      if (child !== "c") tok.fail(`unexpected <${child}> in <row>`);
      readCell(tok, ctx, row, sharedMasters, links);
    }
    rows.push(row);
  }
}

function readMerges(tok: XmlTokenizer): MergeRange[] {
  const merges: MergeRange[] = [];
  for (;;) {
    const token = tok.next();
    if (token === "close") return merges;
    if (token !== "open") continue;
    if (tok.name !== "mergeCell") tok.fail(`unexpected <${tok.name}> in <mergeCells>`);
    const ref = tok.attr("ref") ?? "";
    const colon = ref.indexOf(":");
    const a = ref.slice(0, colon), b = ref.slice(colon + 1);
    const [c1, r1, c2, r2] = [columnOfReference(a), rowOfReference(a), columnOfReference(b), rowOfReference(b)];
    if (colon < 0 || !c1 || !r1 || !c2 || !r2) tok.fail(`merged range "${ref}" malformed`);
    const range = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
    if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > MAX_MERGED_CELLS) tok.fail(`merged range "${ref}" too large`);
    for (const other of merges) {
      // exceljs refuses to merge cells already merged, and the whole read fails.
      if (!(other.bottom < range.top || other.top > range.bottom || other.right < range.left || other.left > range.right)) tok.fail("overlapping merged ranges");
    }
    merges.push(range);
    skipLeaf(tok);
  }
}

function readColumns(tok: XmlTokenizer, ctx: SheetContext): ColumnDef[] {
  const cols: ColumnDef[] = [];
  for (;;) {
    const token = tok.next();
    if (token === "close") return cols;
    if (token !== "open") continue;
    if (tok.name !== "col") tok.fail(`unexpected <${tok.name}> in <cols>`);
    const min = tok.attr("min"), max = tok.attr("max"), style = tok.attr("style");
    if (!min || !max || !/^[0-9]{1,5}$/.test(min) || !/^[0-9]{1,5}$/.test(max)) tok.fail("column range malformed");
    const styleId = style ? parseInt(style, 10) : 0;
    cols.push({ min: Number(min), max: Number(max), style: styleId ? lookupStyle(ctx.styles, styleId, tok) : null });
    skipLeaf(tok);
  }
}
