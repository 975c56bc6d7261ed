import fc from "fast-check";
import { readZipEntries } from "../../../pipeline/read/readZipEntries.ts";
import { inflateZipEntry } from "../../../pipeline/read/inflateZipEntry.ts";
import { zipOf } from "../../../bench/fuzz/zipOf.ts";

/**
 * Edits that keep a workbook's XML well-formed but change what its cells mean: cell types and styles,
 * values, formulas (shared ones included), inline and rich text, entities, comments and whitespace in
 * text, merges, column and row styles, number formats, fonts (legacy Vietnamese ones included), the
 * 1904 date system. They drive both readers down the paths where the fast reader must mirror exceljs.
 */
export type SemanticEdit =
  | { kind: "cellType"; at: number; type: string }
  | { kind: "cellStyle"; at: number; style: string }
  | { kind: "value"; at: number; value: string }
  | { kind: "dropValue"; at: number }
  | { kind: "formula"; at: number; formula: string }
  | { kind: "inlineString"; at: number; body: string }
  | { kind: "merge"; ref: string }
  | { kind: "columns"; xml: string }
  | { kind: "rowStyle"; at: number; style: string }
  | { kind: "numberFormat"; at: number; numFmtId: string; code: string }
  | { kind: "fontName"; at: number; name: string }
  | { kind: "sharedText"; at: number; body: string }
  | { kind: "date1904" };

const pick = <T>(...items: T[]) => fc.constantFrom(...items);
const position = fc.integer({ min: 0, max: 10_000 });
const columns = ["A", "B", "C", "D", "E", "F", "G", "J"];
const ref = fc.tuple(pick(...columns), fc.integer({ min: 1, max: 30 }), pick(...columns), fc.integer({ min: 1, max: 30 }))
  .map(([c1, r1, c2, r2]) => `${c1}${r1}:${c2}${r2}`);
const text = pick("Hà Nội", "Hµ Néi", "Haø Noäi", " lề trái", "a&amp;b", "a&amp;lt;b", "&#7841;&#x1EA1;", "x_x0041_y", "  ", "1\n2", "a<!-- c -->b", "Tổng cộng", "§· phª duyÖt");
const editArb: fc.Arbitrary<SemanticEdit> = fc.oneof(
  fc.record({ kind: fc.constant("cellType" as const), at: position, type: pick("s", "str", "inlineStr", "b", "e", "n", "d", "", "x") }),
  fc.record({ kind: fc.constant("cellStyle" as const), at: position, style: pick("0", "1", "2", "3", "4", "5", "", "x", "99") }),
  fc.record({ kind: fc.constant("value" as const), at: position, value: pick("0", "1", "2", "1.5", " 3", "-0", "1e3", "abc", "45000", "45000.75", "#N/A", "TRUE", "0.692", "3", "12") }),
  fc.record({ kind: fc.constant("dropValue" as const), at: position }),
  fc.record({ kind: fc.constant("formula" as const), at: position, formula: pick("<f>SUM(A1:A3)</f>", '<f t="shared" ref="A1:A9" si="0">B1</f>', '<f t="shared" si="0"/>', '<f t="shared" si="1"/>', "<f/>", '<f t="array" ref="A1">1</f>', '<f t="array"/>') }),
  fc.record({ kind: fc.constant("inlineString" as const), at: position, body: fc.oneof(text.map((t) => `<is><t>${t}</t></is>`), text.map((t) => `<is><r><rPr><rFont val=".VnTime"/></rPr><t>${t}</t></r><r><t xml:space="preserve"> ${t}</t></r></is>`), pick("<is><t/></is>", "<is></is>")) }),
  fc.record({ kind: fc.constant("merge" as const), ref }),
  fc.record({ kind: fc.constant("columns" as const), xml: pick('<col min="1" max="3" width="9" style="2"/>', '<col min="2" max="16384" style="3"/>', '<col min="4" max="5" style="1"/><col min="1" max="4" style="4"/>') }),
  fc.record({ kind: fc.constant("rowStyle" as const), at: position, style: pick("1", "2", "3", "0", "") }),
  fc.record({ kind: fc.constant("numberFormat" as const), at: position, numFmtId: pick("0", "1", "9", "14", "22", "27", "45", "49", "164", "165"), code: pick("dd\\/mm\\/yyyy", "0.0%", '"Ngày" d', "[Red]0", "[$-409]mmm", "General", "@", "") }),
  fc.record({ kind: fc.constant("fontName" as const), at: position, name: pick(".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman", "") }),
  fc.record({ kind: fc.constant("sharedText" as const), at: position, body: fc.oneof(text.map((t) => `<t>${t}</t>`), text.map((t) => `<r><rPr><b/><rFont val="VNI-Times"/></rPr><t>${t}</t></r><r><t>${t}</t></r>`), text.map((t) => `<t>${t}</t><rPh sb="0" eb="1"><t>ph</t></rPh><phoneticPr fontId="1"/>`)) }),
  fc.constant({ kind: "date1904" as const }),
);

/** One to four semantic edits. */
export const semanticEdits: fc.Arbitrary<SemanticEdit[]> = fc.array(editArb, { minLength: 1, maxLength: 4 });

/** A workbook with the edits applied to its first worksheet, shared strings, styles and workbook parts. */
export function applySemanticEdits(data: Buffer, edits: SemanticEdit[]): Buffer {
  const parts = readZipEntries(data).filter((e) => !e.name.endsWith("/")).map((e) => ({ name: e.name, data: inflateZipEntry(data, e) }));
  const part = (name: string) => parts.find((p) => p.name === name);
  const sheet = part("xl/worksheets/sheet1.xml"), strings = part("xl/sharedStrings.xml"), styles = part("xl/styles.xml"), workbook = part("xl/workbook.xml");
  const edit = (p: { data: Buffer } | undefined, change: (xml: string) => string) => {
    if (p) p.data = Buffer.from(change(p.data.toString("utf8")), "utf8");
  };
  for (const e of edits) {
    switch (e.kind) {
      case "cellType":
        edit(sheet, (x) => nth(x, /<c r="[A-Z]+\d+"( s="\d+")?( t="[^"]*")?/g, e.at, (m) => m.replace(/ t="[^"]*"|$/, e.type === "" ? "" : ` t="${e.type}"`)));
        break;
      case "cellStyle":
        edit(sheet, (x) => nth(x, /<c r="[A-Z]+\d+"( s="[^"]*")?/g, e.at, (m) => m.replace(/ s="[^"]*"|$/, e.style === "" ? "" : ` s="${e.style}"`)));
        break;
      case "value":
        edit(sheet, (x) => nth(x, /<v>[^<]*<\/v>/g, e.at, () => `<v>${e.value}</v>`));
        break;
      case "dropValue":
        edit(sheet, (x) => nth(x, /<v>[^<]*<\/v>/g, e.at, () => ""));
        break;
      case "formula":
        edit(sheet, (x) => nth(x, /<v>[^<]*<\/v>/g, e.at, (m) => e.formula + m));
        break;
      case "inlineString":
        edit(sheet, (x) => nth(x, /<c r="([A-Z]+\d+)"[^>]*>(?:<v>[^<]*<\/v>)?<\/c>/g, e.at, (m) => `<c r="${/r="([^"]+)"/.exec(m)![1]}" t="inlineStr">${e.body}</c>`));
        break;
      case "merge":
        edit(sheet, (x) => (x.includes("</mergeCells>") ? x.replace("</mergeCells>", `<mergeCell ref="${e.ref}"/></mergeCells>`) : x.replace("</sheetData>", `</sheetData><mergeCells count="1"><mergeCell ref="${e.ref}"/></mergeCells>`)));
        break;
      case "columns":
        edit(sheet, (x) => (x.includes("<cols>") ? x.replace(/<cols>.*?<\/cols>/, `<cols>${e.xml}</cols>`) : x.replace("<sheetData", `<cols>${e.xml}</cols><sheetData`)));
        break;
      case "rowStyle":
        edit(sheet, (x) => nth(x, /<row r="\d+"/g, e.at, (m) => (e.style === "" ? m : `${m} s="${e.style}" customFormat="1"`)));
        break;
      case "numberFormat":
        edit(styles, (x) => {
          const withFormats = x.includes("<numFmts") ? x : x.replace("<fonts", '<numFmts count="0"></numFmts><fonts');
          const added = withFormats.replace(/<numFmts([^>]*)>/, `<numFmts$1><numFmt numFmtId="${e.numFmtId}" formatCode="${e.code.replace(/"/g, "&quot;")}"/>`).replace(/<numFmts([^>]*)\/>/, `<numFmts$1><numFmt numFmtId="${e.numFmtId}" formatCode="${e.code.replace(/"/g, "&quot;")}"/></numFmts>`);
          return nth(added, /<xf numFmtId="\d+"/g, e.at, () => `<xf numFmtId="${e.numFmtId}"`);
        });
        break;
      case "fontName":
        edit(styles, (x) => nth(x, /<font>|<font\/>/g, e.at, (m) => (m === "<font/>" ? `<font><name val="${e.name}"/></font>` : `<font><name val="${e.name}"/>`)).replace(/(<name val="[^"]*"\/>)((?:(?!<\/font>).)*?)<name val="[^"]*"\/>/g, "$1$2"));
        break;
      case "sharedText":
        edit(strings, (x) => nth(x, /<si>.*?<\/si>/g, e.at, () => `<si>${e.body}</si>`));
        break;
      case "date1904":
        edit(workbook, (x) => x.replace(/<workbookPr([^>]*?)\/>/, '<workbookPr$1 date1904="1"/>'));
        break;
    }
  }
  return zipOf(parts.map((p) => ({ ...p, deflate: true })));
}

/** Replaces the match number `at` (modulo the number of matches) of `pattern`. */
function nth(xml: string, pattern: RegExp, at: number, replace: (match: string) => string): string {
  const matches = [...xml.matchAll(pattern)];
  if (matches.length === 0) return xml;
  const m = matches[at % matches.length]!;
  return xml.slice(0, m.index) + replace(m[0]) + xml.slice(m.index! + m[0].length);
}
