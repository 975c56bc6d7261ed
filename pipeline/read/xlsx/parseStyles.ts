import type { CellStyle } from "./CellStyle.ts";
import type { WorkbookStyles } from "./WorkbookStyles.ts";
import { XmlTokenizer } from "./XmlTokenizer.ts";
import { openRoot } from "./openRoot.ts";
import { skipLeaf } from "./skipLeaf.ts";
import { makeCellStyle } from "./makeCellStyle.ts";
import { BUILT_IN_NUMBER_FORMATS } from "./builtInNumberFormats.ts";
import { FONT_PROPERTIES } from "./FONT_PROPERTIES.ts";

// exceljs' StylesXform dispatches these names wherever they appear outside another of them.
const DISPATCHED = new Set([
  "styleSheet", "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "dxfs",
  "numFmt", "font", "fill", "border", "style", "cellStyles", "tableStyles", "extLst",
]);
const COLORS = ["color", "fgColor", "bgColor"];
const FILL = ["fill", "patternFill", "gradientFill", "stop", ...COLORS];
const BORDER = ["border", "left", "right", "top", "bottom", "diagonal", "vertical", "horizontal", "start", "end", ...COLORS];
// Inside these exceljs uses its own list readers; only their usual children are let through.
const CONTENT: Record<string, ReadonlySet<string>> = {
  cellStyleXfs: new Set(["xf", "alignment", "protection"]),
  fills: new Set(FILL),
  borders: new Set(BORDER),
  dxfs: new Set(["dxf", "font", "name", "numFmt", "alignment", "protection", ...FONT_PROPERTIES, ...FILL, ...BORDER]),
};

interface Xf {
  numFmtId: number;
  fontId: number;
}

/**
 * xl/styles.xml as exceljs reads it into cell styles: <cellXfs> entries (numFmtId, fontId), custom
 * <numFmts> (backslash escapes removed, as exceljs does), and the fonts' names; and how many
 * differential styles (<dxf>, which conditional formats use) it has.
 */
export function parseStyles(xml: string, part: string): WorkbookStyles {
  const tok: XmlTokenizer = new XmlTokenizer(xml, part);
  openRoot(tok, "styleSheet", true);
  let formats: Map<number, string> | null = null;
  let fonts: { name: string | undefined }[] | null = null;
  let xfs: Xf[] | null = null;
  let dxfCount = 0;
  for (;;) {
    const token = tok.next();
    if (token === "close") break;
    if (token !== "open") continue;
    const name = tok.name;
    if ((name === "numFmts" && formats) || (name === "fonts" && fonts) || (name === "cellXfs" && xfs)) tok.fail(`two <${name}>`);
    if (name === "numFmts") formats = readFormats(tok);
    else if (name === "fonts") fonts = readFonts(tok);
    else if (name === "cellXfs") xfs = readXfs(tok);
    else if (name === "dxfs") dxfCount = countDxfs(tok);
    else if (CONTENT[name]) tok.skipElement(CONTENT[name]);
    else if (name === "cellStyles" || name === "tableStyles" || name === "extLst") tok.skipElement(undefined, new Set([name]));
    else if (DISPATCHED.has(name)) tok.fail(`unexpected <${name}>`);
    else tok.skipElement(undefined, DISPATCHED);
  }
  if (tok.next() !== "end") tok.fail("content after the root element");
  return { xfs: (xfs ?? []).map((xf) => cellStyle(xf, formats, fonts && fonts.length > 0 ? fonts : null)), dxfCount };
}

/** exceljs' getStyleModel for one <xf>; "broken" where it would throw (a font id with no fonts). */
function cellStyle(xf: Xf, formats: Map<number, string> | null, fonts: { name: string | undefined }[] | null): CellStyle | "broken" {
  const numFmt = xf.numFmtId ? formats?.get(xf.numFmtId) || BUILT_IN_NUMBER_FORMATS.get(xf.numFmtId) : undefined;
  if (Number.isNaN(xf.fontId)) return makeCellStyle(numFmt, false, undefined);
  if (!fonts) return "broken";
  const font = fonts[xf.fontId];
  return makeCellStyle(numFmt, font !== undefined, font?.name);
}

/** The <dxf> children of a <dxfs> (exceljs keeps the last <dxfs> only); 0 when it holds anything else directly. */
function countDxfs(tok: XmlTokenizer): number {
  let count = 0;
  let other = false;
  for (;;) {
    const token = tok.next();
    if (token === "close") return other ? 0 : count;
    if (token !== "open") continue;
    if (!CONTENT.dxfs!.has(tok.name)) tok.fail(`unexpected <${tok.name}> in <dxfs>`);
    if (tok.name === "dxf") count++;
    else other = true;
    tok.skipElement(CONTENT.dxfs);
  }
}

function readFormats(tok: XmlTokenizer): Map<number, string> {
  const formats = new Map<number, string>();
  for (;;) {
    const token = tok.next();
    if (token === "close") return formats;
    if (token !== "open") continue;
    if (tok.name !== "numFmt") tok.fail(`unexpected <${tok.name}> in <numFmts>`);
    const code = tok.attr("formatCode");
    if (code === undefined) tok.fail("number format without a code");
    formats.set(parseInt(tok.attr("numFmtId") as string, 10), code.replace(/[\\](.)/g, "$1"));
    skipLeaf(tok);
  }
}

function readFonts(tok: XmlTokenizer): { name: string | undefined }[] {
  const fonts: { name: string | undefined }[] = [];
  for (;;) {
    const token = tok.next();
    if (token === "close") return fonts;
    if (token !== "open") continue;
    if (tok.name !== "font") tok.fail(`unexpected <${tok.name}> in <fonts>`);
    const font: string = tok.name;
    let name: string | undefined;
    for (;;) {
      const inner = tok.next();
      if (inner === "close") break;
      if (inner !== "open") continue;
      const child: string = tok.name;
      if (child === "name") name = tok.attr("val") || name;
      else if (!FONT_PROPERTIES.has(child)) tok.fail(`unexpected <${child}> in <${font}>`);
      skipLeaf(tok);
    }
    fonts.push({ name });
  }
}

function readXfs(tok: XmlTokenizer): Xf[] {
  const xfs: Xf[] = [];
  for (;;) {
    const token = tok.next();
    if (token === "close") return xfs;
    if (token !== "open") continue;
    if (tok.name !== "xf") tok.fail(`unexpected <${tok.name}> in <cellXfs>`);
    xfs.push({ numFmtId: parseInt(tok.attr("numFmtId") as string, 10), fontId: parseInt(tok.attr("fontId") as string, 10) });
    for (;;) {
      const inner = tok.next();
      if (inner === "close") break;
      if (inner !== "open") continue;
      const child: string = tok.name;
      if (child !== "alignment" && child !== "protection") tok.fail(`unexpected <${child}> in <xf>`);
      skipLeaf(tok);
    }
  }
}
