import fc from "fast-check";
import { readZipEntries } from "../../../pipeline/read/readZipEntries.ts";
import { inflateZipEntry } from "../../../pipeline/read/inflateZipEntry.ts";
import { zipOf } from "../../../bench/fuzz/zipOf.ts";

/**
 * What real Excel files and capdo's templates carry beside the cells — data validations, conditional
 * formats (with a style in styles.xml or without), their x14 extensions, hyperlinks (to the web, to an
 * empty or missing relationship, within the workbook), sheet protection, defined names — well-formed,
 * but sometimes in a shape exceljs throws on. They drive the fast reader down the paths where it must
 * skip what changes no cell, mirror what does, and decline where exceljs fails.
 */
export type WorksheetExtra =
  | { kind: "validation"; xml: string }
  | { kind: "conditionalFormat"; xml: string; addDxf: boolean }
  | { kind: "extension"; xml: string }
  | { kind: "hyperlink"; at: number; link: HyperlinkKind }
  | { kind: "protection"; xml: string }
  | { kind: "definedName"; xml: string };

/** A link to the web, to a relationship with an empty target or none, within the workbook, or on a cell the sheet lacks. */
type HyperlinkKind = "web" | "empty" | "missing" | "internal" | "elsewhere";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const X14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"';
const XM = 'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';
const DXF = '<dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>';
const pick = <T>(...items: T[]) => fc.constantFrom(...items);

const validation = pick(
  '<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="E10:E209"><formula1>"1,2,3,4,5"</formula1></dataValidation>',
  '<dataValidation type="whole" operator="between" allowBlank="1" sqref="D2:D50 F7"><formula1>0</formula1><formula2>D1</formula2></dataValidation>',
  '<dataValidation type="date" operator="greaterThan" sqref="$H$2:$H$30"><formula1>36526</formula1></dataValidation>',
  '<dataValidation type="textLength" operator="lessThanOrEqual" promptTitle="Kỳ báo cáo" prompt="Ví dụ &quot;Tháng 8/2024&quot;" sqref="D6"><formula1>200</formula1></dataValidation>',
  '<dataValidation type="list" sqref=""><formula1>DM</formula1></dataValidation>',
  '<dataValidation sqref="A1"/>',
  '<dataValidation type="list" sqref="A1:XFE2"><formula1>"a"</formula1></dataValidation>',
  '<dataValidation type="list"><formula1>"a"</formula1></dataValidation>',
);
const conditionalFormat = pick(
  '<conditionalFormatting sqref="D2:D50"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>',
  '<conditionalFormatting sqref="A1:N200 P3"><cfRule type="expression" dxfId="0" priority="2"><formula>AND($E1&gt;3,$F1="Chưa phê duyệt")</formula></cfRule></conditionalFormatting>',
  '<conditionalFormatting sqref="F2:F50"><cfRule type="dataBar" priority="3"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" ' + X14 + '><x14:id>{00000000-0000-4000-8000-00000000000A}</x14:id></ext></extLst></cfRule></conditionalFormatting>',
  '<conditionalFormatting sqref="G2:G50"><cfRule type="colorScale" priority="4"><colorScale><cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FFFFEB84"/><color rgb="FF63BE7B"/></colorScale></cfRule><cfRule type="iconSet" priority="5"><iconSet iconSet="3Arrows"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet></cfRule></conditionalFormatting>',
  '<conditionalFormatting sqref="B2:B9"><cfRule type="duplicateValues" dxfId="0" priority="6"/><cfRule type="containsBlanks" dxfId="0" priority="7"><formula>LEN(TRIM(B2))=0</formula></cfRule></conditionalFormatting>',
  '<conditionalFormatting sqref="toString"><cfRule type="expression" priority="8"><formula>1</formula></cfRule></conditionalFormatting>',
  '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="9"><formula>1</formula><sheetData/></cfRule></conditionalFormatting>',
);
const extension = pick(
  `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" ${X14}><x14:conditionalFormattings><x14:conditionalFormatting ${XM}><x14:cfRule type="dataBar" id="{00000000-0000-4000-8000-00000000000A}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>F2:F50</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
  `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ${X14}><x14:dataValidations count="1" ${XM}><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>DM!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>F10:F209</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
  `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" ${X14}><x14:sparklineGroups ${XM}><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>S!A1:C1</xm:f><xm:sqref>D1</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
  `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" ${X14}><x14:conditionalFormattings><x14:conditionalFormatting ${XM}><x14:cfRule type="expression" priority="10" id="{00000000-0000-4000-8000-00000000000B}"><xm:f>1</xm:f></x14:cfRule><xm:sqref>toString</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
  `<extLst><ext uri="{X}"><extLst/></ext></extLst>`,
);
const protection = pick(
  '<sheetProtection sheet="1" objects="1" scenarios="1"/>',
  '<sheetProtection algorithmName="SHA-512" hashValue="aGFzaA==" saltValue="c2FsdA==" spinCount="100000" sheet="1" formatColumns="0" insertRows="0" deleteRows="0"/>',
  '<sheetProtection password="CC3D" sheet="1" selectLockedCells="1"/>',
);
const definedName = pick(
  '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'X\'!$9:$9</definedName>',
  '<definedName name="_xlnm.Print_Area" localSheetId="0">\'X\'!$A$1:$N$209</definedName>',
  '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">X!$A$9:$N$209</definedName>',
  '<definedName name="DanhMuc">DM!$A$1:$A$5</definedName>',
  '<definedName name="Loi">#REF!</definedName>',
  '<definedName name="_xlnm.Print_Area" localSheetId="0">X!$ZZZZ$1</definedName>',
);
const extraArb: fc.Arbitrary<WorksheetExtra> = fc.oneof(
  fc.record({ kind: fc.constant("validation" as const), xml: validation }),
  fc.record({ kind: fc.constant("conditionalFormat" as const), xml: conditionalFormat, addDxf: fc.boolean() }),
  fc.record({ kind: fc.constant("extension" as const), xml: extension }),
  fc.record({ kind: fc.constant("hyperlink" as const), at: fc.integer({ min: 0, max: 10_000 }), link: pick<HyperlinkKind>("web", "web", "web", "empty", "missing", "internal", "elsewhere") }),
  fc.record({ kind: fc.constant("protection" as const), xml: protection }),
  fc.record({ kind: fc.constant("definedName" as const), xml: definedName }),
);

/** One to five extras. */
export const worksheetExtras: fc.Arbitrary<WorksheetExtra[]> = fc.array(extraArb, { minLength: 1, maxLength: 5 });

/** A workbook with the extras added to its first worksheet (and its relationships), styles and workbook parts. */
export function addWorksheetExtras(data: Buffer, extras: WorksheetExtra[]): Buffer {
  const parts = readZipEntries(data).filter((e) => !e.name.endsWith("/")).map((e) => ({ name: e.name, data: inflateZipEntry(data, e) }));
  const part = (name: string) => parts.find((p) => p.name === name);
  const edit = (name: string, change: (xml: string) => string) => {
    const p = part(name);
    if (p) p.data = Buffer.from(change(p.data.toString("utf8")), "utf8");
  };
  const sheet = "xl/worksheets/sheet1.xml", relsName = "xl/worksheets/_rels/sheet1.xml.rels";
  // Elements go where Excel puts them, before the page setup; neither reader minds the order.
  const insert = (xml: string) => edit(sheet, (x) => (x.includes("<pageMargins") ? x.replace("<pageMargins", `${xml}<pageMargins`) : x.replace("</worksheet>", `${xml}</worksheet>`)));
  extras.forEach((e, i) => {
    switch (e.kind) {
      case "validation":
        edit(sheet, (x) => (x.includes("</dataValidations>") ? x.replace("</dataValidations>", `${e.xml}</dataValidations>`) : x));
        if (!part(sheet)!.data.includes(e.xml)) insert(`<dataValidations count="1">${e.xml}</dataValidations>`);
        break;
      case "conditionalFormat":
        insert(e.xml);
        if (e.addDxf) edit("xl/styles.xml", (x) => (/<dxfs[^>]*\/>/.test(x) ? x.replace(/<dxfs[^>]*\/>/, `<dxfs count="1">${DXF}</dxfs>`) : x.replace(/<dxfs[^>]*>/, (open) => `${open}${DXF}`)));
        break;
      case "extension":
        edit(sheet, (x) => x.replace("</worksheet>", `${e.xml}</worksheet>`));
        break;
      case "hyperlink": {
        const cells = [...part(sheet)!.data.toString("utf8").matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1]!);
        const ref = e.link === "elsewhere" || cells.length === 0 ? `Z${9000 + i}` : cells[e.at % cells.length]!;
        const id = `rIdLink${i}`;
        const link = e.link === "internal" ? `<hyperlink ref="${ref}" location="'X'!A1" display="A1"/>` : `<hyperlink ref="${ref}" r:id="${id}" tooltip="Xem"/>`;
        edit(sheet, (x) => (x.includes("</hyperlinks>") ? x.replace("</hyperlinks>", `${link}</hyperlinks>`) : x));
        if (!part(sheet)!.data.includes(link)) insert(`<hyperlinks>${link}</hyperlinks>`);
        if (e.link === "web" || e.link === "empty" || e.link === "elsewhere") {
          const target = e.link === "empty" ? "" : `https://dichvucong.gov.vn/p/${i}?a=1&amp;b=2`;
          const rel = `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${target}" TargetMode="External"/>`;
          if (!part(relsName)) parts.push({ name: relsName, data: Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>', "utf8") });
          edit(relsName, (x) => x.replace("</Relationships>", `${rel}</Relationships>`));
        }
        break;
      }
      case "protection":
        insert(e.xml);
        break;
      case "definedName":
        edit("xl/workbook.xml", (x) => (x.includes("</definedNames>") ? x.replace("</definedNames>", `${e.xml}</definedNames>`) : x.replace("</sheets>", `</sheets><definedNames>${e.xml}</definedNames>`)));
        break;
    }
  });
  return zipOf(parts.map((p) => ({ ...p, deflate: true })));
}
