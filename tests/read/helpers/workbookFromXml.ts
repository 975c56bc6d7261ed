import { zipOf } from "../../../bench/fuzz/zipOf.ts";

/** A worksheet given as XML: the inside of <sheetData>, and what follows it (merges, columns…). */
export interface XmlSheet {
  name: string;
  state?: string;
  rows: string;
  before?: string;
  after?: string;
}

export interface XmlWorkbook {
  sheets: XmlSheet[];
  /** <si> bodies of xl/sharedStrings.xml (omitted: no shared strings part). */
  sharedStrings?: string[];
  /** The whole of xl/styles.xml (default: STYLES below). */
  styles?: string;
  /** Inserted after <workbookPr>, before <sheets>, in xl/workbook.xml. */
  workbookExtra?: string;
  date1904?: boolean;
  extraParts?: { name: string; xml: string }[];
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Styles by index: 0 General · 1 mm-dd-yy (built-in 14) · 2 custom dd/mm/yyyy in .VnTime · 3 .VnTime ·
 * 4 VNI-Times · 5 0.00% (built-in 10) · 6 built-in 27 (no code in exceljs) · 7 Times New Roman · 8 "Ngày" d.
 */
export const STYLES = `${DECLARATION}<styleSheet ${MAIN}><numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\/mm\\/yyyy"/><numFmt numFmtId="165" formatCode="&quot;Ngày&quot; d"/></numFmts>`
  + '<fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><sz val="12"/><name val=".VnTime"/></font><font><name val="VNI-Times"/></font><font><b/><name val="Times New Roman"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="27" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0"><alignment horizontal="center" wrapText="1"/></xf>'
  + '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2"/>'
  + '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>';

/** An .xlsx written the way Excel lays its parts out, from XML given per sheet. */
export function workbookFromXml(book: XmlWorkbook): Buffer {
  const sheets = book.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 3}"/>`).join("");
  const rels = book.sheets.map((_, i) => `<Relationship Id="rId${i + 3}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  const parts = [
    { name: "[Content_Types].xml", xml: `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>` },
    { name: "_rels/.rels", xml: `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: "docProps/app.xml", xml: `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>` },
    { name: "docProps/core.xml", xml: `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Admin</dc:creator></cp:coreProperties>` },
    { name: "xl/workbook.xml", xml: `${DECLARATION}<workbook ${MAIN}><fileVersion appName="xl"/><workbookPr${book.date1904 ? ' date1904="1"' : ""} defaultThemeVersion="164011"/>${book.workbookExtra ?? ""}<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>${sheets}</sheets><calcPr calcId="191029"/></workbook>` },
    { name: "xl/_rels/workbook.xml.rels", xml: `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${rels}</Relationships>` },
    { name: "xl/styles.xml", xml: book.styles ?? STYLES },
    ...(book.sharedStrings ? [{ name: "xl/sharedStrings.xml", xml: `${DECLARATION}<sst ${MAIN} count="${book.sharedStrings.length}" uniqueCount="${book.sharedStrings.length}">${book.sharedStrings.map((s) => `<si>${s}</si>`).join("")}</sst>` }] : []),
    ...book.sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      xml: `${DECLARATION}<worksheet ${MAIN}><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${s.before ?? ""}<sheetData>${s.rows}</sheetData>${s.after ?? ""}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    })),
    ...(book.extraParts ?? []),
  ];
  return zipOf(parts.map((p) => ({ name: p.name, data: Buffer.from(p.xml, "utf8"), deflate: true })));
}
