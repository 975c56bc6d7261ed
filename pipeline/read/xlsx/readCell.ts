import type { CellRaw } from "./CellRaw.ts";
import type { CellStyle } from "./CellStyle.ts";
import type { ParsedRow } from "./ParsedRow.ts";
import type { RichRun } from "./RichRun.ts";
import type { SheetContext } from "./SheetContext.ts";
import type { XmlTokenizer } from "./XmlTokenizer.ts";
import { ErrorRaw } from "./ErrorRaw.ts";
import { FormulaRaw } from "./FormulaRaw.ts";
import { lookupStyle } from "./lookupStyle.ts";
import { linkedCell } from "./linkedCell.ts";
import { readRichRun } from "./readRichRun.ts";
import { excelSerialToDate } from "./excelSerialToDate.ts";
import { decodeNamedEntities } from "./decodeNamedEntities.ts";

/**
 * A <c> just opened, added to `row` as exceljs' CellXform and its reconcile step read it: the type from
 * t=, shared strings looked up, numbers in a date format turned into Dates, formulas as their cached
 * result (a shared formula's child resolved when `sharedMasters` holds its si: a master came before), a
 * cell whose reference is in `links` as its hyperlink text (see linkedCell). A cell with neither value
 * nor style (nor link) is left out, as exceljs leaves it out. Declines on any shape it does not know.
 */
export function readCell(tok: XmlTokenizer, ctx: SheetContext, row: ParsedRow, sharedMasters: Set<string>, links: ReadonlySet<string> | null): void {
  const col = tok.attrColumn("r");
  const last = row.cols.length > 0 ? row.cols[row.cols.length - 1]! : 0;
  if (col === 0 || col <= last) tok.fail(`cell reference "${tok.attr("r")}" missing, malformed or out of order`);
  const linked = links !== null && links.has(tok.attr("r")!);
  const type = tok.attrInterned("t");
  const styleId = tok.attrInteger("s") ?? 0;
  let style: CellStyle | null = null;
  if (styleId) {
    style = lookupStyle(ctx.styles, styleId, tok);
    if (!style) tok.fail(`cell ${tok.attr("r")} uses missing style ${styleId}`);
  }

  let value: string | undefined;
  let runs: RichRun[] | undefined;
  let hasValue = false;
  let formula: string | undefined;
  let hasFormulaElement = false;
  let formulaType: string | undefined;
  let formulaRef: string | undefined;
  let formulaSi: string | undefined;
  for (;;) {
    const token = tok.next();
    if (token === "close") break;
    if (token !== "open") continue;
    const name = tok.name;
    if (name === "v" && !hasValue) {
      hasValue = true;
      value = optionalText(tok);
    } else if (name === "f" && !hasFormulaElement) {
      hasFormulaElement = true;
      formulaType = tok.attr("t");
      formulaRef = tok.attr("ref");
      formulaSi = tok.attr("si");
      formula = optionalText(tok);
    } else if (name === "is" && !hasValue) {
      hasValue = true;
      ({ value, runs } = readInlineString(tok));
    } else tok.fail(`unexpected <${name}> in a cell`);
  }

  let raw: CellRaw | undefined;
  if (formula || formulaType) {
    if (runs) tok.fail("formula with an inline string");
    let result: unknown;
    if (value) {
      result = type === "str" ? decodeNamedEntities(value)
        : type === "b" ? parseInt(value, 10) !== 0
          : type === "e" ? new ErrorRaw(value)
            : parseFloat(value);
    }
    if (result !== undefined && style && style.isDate) result = excelSerialToDate(result, ctx.date1904);
    let shared = false;
    if (formulaType === "shared") {
      if (formulaSi === undefined || !/^[0-9]+$/.test(formulaSi)) tok.fail("shared formula without a numeric si");
      if (formulaRef) sharedMasters.add(formulaSi);
      else shared = sharedMasters.has(formulaSi);
    }
    raw = new FormulaRaw(Boolean(formula) || shared, result);
  } else if (runs) {
    if (type !== "inlineStr") tok.fail("rich inline string in a cell not typed inlineStr");
    raw = runs;
  } else if (value !== undefined) {
    switch (type) {
      case "s":
        raw = sharedString(value, ctx, tok);
        break;
      case "str":
        raw = decodeNamedEntities(value);
        break;
      case "inlineStr":
        raw = value;
        break;
      case "b":
        raw = parseInt(value, 10) !== 0;
        break;
      case "e":
        raw = new ErrorRaw(value);
        break;
      default: {
        const n = parseFloat(value);
        raw = style && style.isDate ? excelSerialToDate(n, ctx.date1904) : n;
      }
    }
  } else if (styleId) raw = null;
  if (linked) raw = linkedCell(raw, tok);
  if (raw === undefined) return;
  row.cols.push(col);
  row.raws.push(raw);
  row.styles.push(style);
}

function sharedString(value: string, ctx: SheetContext, tok: XmlTokenizer): CellRaw {
  if (!ctx.sharedStrings) tok.fail("shared-string cell without xl/sharedStrings.xml");
  let index = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) {
      index = parseInt(value, 10);
      break;
    }
    index = index * 10 + c - 48;
  }
  const item = ctx.sharedStrings[index];
  if (item === undefined) tok.fail(`shared string ${value} does not exist`);
  return item;
}

/** Text of an element that holds only text, or undefined when it holds none (exceljs then has no value). */
function optionalText(tok: XmlTokenizer): string | undefined {
  let text: string | undefined;
  for (;;) {
    const token = tok.next();
    if (token === "close") return text;
    if (token === "text") text = text === undefined ? tok.text() : text + tok.text();
    else tok.fail(token === "cdata" ? "CDATA in a cell" : `unexpected <${tok.name}> in a cell value`);
  }
}

/** An <is>: one <t> (taken as written — exceljs does not decode "_xHHHH_" there) or rich-text runs. */
function readInlineString(tok: XmlTokenizer): { value: string | undefined; runs: RichRun[] | undefined } {
  let value: string | undefined;
  let runs: RichRun[] | undefined;
  let seenText = false;
  for (;;) {
    const token = tok.next();
    if (token === "close") return { value, runs };
    if (token === "cdata") tok.fail("CDATA in an inline string");
    if (token !== "open") continue;
    if (tok.name === "t" && !seenText && !runs) {
      seenText = true;
      value = optionalText(tok);
    } else if (tok.name === "r" && !seenText) (runs ??= []).push(readRichRun(tok));
    else tok.fail(`unexpected <${tok.name}> in an inline string`);
  }
}
