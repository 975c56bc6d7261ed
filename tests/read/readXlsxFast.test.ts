import { describe, expect, it } from "vitest";
import type { Grid } from "../../pipeline/read/Grid.ts";
import type { WorkbookSheets } from "../../pipeline/read/WorkbookSheets.ts";
import { compareReaders } from "./helpers/compareReaders.ts";
import { STYLES, workbookFromXml, type XmlWorkbook } from "./helpers/workbookFromXml.ts";

/**
 * Hand-written workbooks for exceljs' quirks, which the fast reader must reproduce value for value:
 * each is read by both readers, the fast one must take it, and the result is also spelled out.
 */
async function readBoth(book: XmlWorkbook): Promise<WorkbookSheets> {
  const { reference, combined, fast } = await compareReaders(workbookFromXml(book));
  expect(fast?.status === "declined" ? fast.reason : fast?.status).toBe("read");
  expect(combined).toEqual(reference);
  if (fast?.status !== "read" || !("sheets" in reference)) throw new Error("both readers should read the workbook");
  expect(fast.sheets).toEqual(reference.sheets);
  return fast.sheets;
}

/** The outcome when the fast reader must decline: the combined reader still answers as exceljs does. */
async function declined(book: XmlWorkbook): Promise<string> {
  const { reference, combined, fast } = await compareReaders(workbookFromXml(book));
  expect(fast?.status).toBe("declined");
  expect(combined).toEqual(reference);
  return fast?.status === "declined" ? fast.reason : "";
}

function values(grid: Grid | undefined): unknown[][] {
  if (!grid) throw new Error("no such sheet");
  return grid.rows.map((row) => [row.rowNumber, ...row.cells.map((c) => c.value)]);
}

const S = (rows: string, extra: Partial<XmlWorkbook> = {}): XmlWorkbook => ({ sheets: [{ name: "S", rows }], ...extra });
/** One cell, and `xml` after the sheet data. */
const after = (xml: string): XmlWorkbook => ({ sheets: [{ name: "S", rows: '<row r="1"><c r="A1"><v>1</v></c></row>', after: xml }] });
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** A sheet with `links` (<hyperlink> elements, then `tail`) whose relationships are rId1 → a web address and rId2 → an empty target. */
const linked = (rows: string, links: string, extra: Partial<XmlWorkbook> = {}, tail = ""): XmlWorkbook => ({
  sheets: [{ name: "S", rows, after: `<hyperlinks>${links}</hyperlinks>${tail}` }],
  extraParts: [{
    name: "xl/worksheets/_rels/sheet1.xml.rels",
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://dichvucong.gov.vn/?a=1&amp;b=2" TargetMode="External"/><Relationship Id="rId2" Type="${REL}/hyperlink" Target="" TargetMode="External"/></Relationships>`,
  }],
  ...extra,
});

describe("fast reader: text", () => {
  it("decodes TCVN3 and VNI text by the cell's font, rich-text runs by their own font first", async () => {
    const book = await readBoth(S(
      '<row r="1"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" s="4" t="s"><v>1</v></c><c r="C1" s="7" t="s"><v>0</v></c><c r="D1" s="3" t="s"><v>2</v></c></row>'
      + '<row r="2"><c r="A2" s="3" t="inlineStr"><is><r><rPr><rFont val="Arial"/></rPr><t>Hµ</t></r><r><t xml:space="preserve"> Néi</t></r></is></c><c r="B2" s="3" t="str"><f>A1</f><v>§Çy ®ñ</v></c></row>',
      { sharedStrings: ["<t>Hµ Néi</t>", "<t>Haø Noäi</t>", '<r><rPr><b/><rFont val=".VnTime"/></rPr><t>CÊp ®é</t></r><r><rPr><rFont val="Times New Roman"/></rPr><t xml:space="preserve"> (QĐ 125)</t></r>'] },
    ));
    expect(values(book.visible[0])).toEqual([[1, "Hà Nội", "Hà Nội", "Hµ Néi", "Cấp độ (QĐ 125)"], [2, "Hµ Nội", "Đầy đủ"]]);
  });

  it("keeps whitespace whatever xml:space says, decodes _xHHHH_ in shared strings only, and entities twice in t=\"str\" cells", async () => {
    const book = await readBoth(S(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>q_x0041_</t></is></c><c r="D1" t="str"><v>a&amp;amp;b &amp;#39;</v></c><c r="E1" t="inlineStr"><is><t>&#7841;&#x1EA1;&lt;</t></is></c></row>',
      { sharedStrings: ["<t>  </t>", "<t> a_x0041_b\r\nc </t>"] },
    ));
    expect(values(book.visible[0])).toEqual([[1, "  ", " aAb\nc ", "q_x0041_", "a&b &#39;", "ạạ<"]]);
  });
});

describe("fast reader: numbers, dates, booleans, errors", () => {
  it("turns numbers in a date format into Dates (1900 system) and keeps exceljs' number formats", async () => {
    const book = await readBoth(S('<row r="1"><c r="A1" s="1"><v>45519</v></c><c r="B1" s="2"><v>45519.5</v></c><c r="C1" s="5"><v>0.692</v></c><c r="D1" s="6"><v>3</v></c><c r="E1" s="8"><v>45519</v></c><c r="F1" t="d"><v>2024-08-15</v></c><c r="G1"><v> 3 </v></c><c r="H1" t="b"><v>0</v></c><c r="I1" t="e"><v>#N/A</v></c></row>'));
    const cells = book.visible[0]!.rows[0]!.cells;
    expect(cells.map((c) => c.value)).toEqual([new Date(Date.UTC(2024, 7, 15)), new Date(Date.UTC(2024, 7, 15, 12)), 0.692, 3, new Date(Date.UTC(2024, 7, 15)), 2024, 3, false, "#N/A"]);
    expect(cells.map((c) => c.numFmt)).toEqual(["mm-dd-yy", "dd/mm/yyyy", "0.00%", undefined, '"Ngày" d', undefined, undefined, undefined, undefined]);
  });

  it("counts dates from 1904 when the workbook says so", async () => {
    const book = await readBoth(S('<row r="1"><c r="A1" s="1"><v>44057</v></c></row>', { date1904: true }));
    expect(values(book.visible[0])).toEqual([[1, new Date(Date.UTC(2024, 7, 15))]]);
  });
});

describe("fast reader: formulas", () => {
  it("gives cached results, 0 and FALSE included (exceljs#2943 worked around), and resolves shared formulas", async () => {
    const book = await readBoth(S(
      '<row r="1"><c r="A1"><f>1+2</f><v>3</v></c><c r="B1"><f>1-1</f><v>0</v></c><c r="C1" t="b"><f>FALSE()</f><v>0</v></c><c r="D1" t="e"><f>NA()</f><v>#N/A</v></c><c r="E1" s="1"><f>0</f><v>0</v></c><c r="F1"><f>SUM()</f></c></row>'
      + '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">B2</f><v>2</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>3</v></c><c r="B3"><f t="shared" si="7"/><v>4</v></c><c r="C3"><f t="array" ref="C3"/><v>5</v></c></row>',
    ));
    expect(values(book.visible[0])).toEqual([
      [1, 3, 0, false, "#N/A", new Date(Date.UTC(1899, 11, 30)), null],
      [2, 2],
      [3, 3, "[object Object]", "[object Object]"],
    ]);
  });
});

describe("fast reader: layout", () => {
  it("marks merged cells, gives them the anchor's value by their own font, and styles the cells a merge creates from row and column", async () => {
    const book = await readBoth({
      sharedStrings: ["<t>Hµ Néi</t>"],
      sheets: [{
        name: "S",
        rows: '<row r="1" s="5" customFormat="1"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" s="7"/></row><row r="3" s="1" customFormat="1"><c r="B3" s="2"><v>45519</v></c></row>',
        before: '<cols><col min="1" max="2" width="9" style="3"/></cols>',
        after: '<mergeCells count="2"><mergeCell ref="A1:C2"/><mergeCell ref="B3:B4"/></mergeCells>',
      }],
    });
    const grid = book.visible[0]!;
    expect(grid.rows.map((r) => r.cells.map((c) => [c.value, c.mergedFrom, c.numFmt]))).toEqual([
      [["Hà Nội", undefined, undefined], ["Hµ Néi", 0, undefined], ["Hµ Néi", 0, "0.00%"]],
      [["Hà Nội", -1, undefined], ["Hà Nội", -1, undefined], ["Hµ Néi", -1, undefined]],
      [[null, undefined, undefined], [new Date(Date.UTC(2024, 7, 15)), undefined, "dd/mm/yyyy"]],
      [[null, undefined, undefined], [new Date(Date.UTC(2024, 7, 15)), -1, undefined]],
    ]);
  });

  it("leaves out rows of styled empty cells, does not extend a row for them, and lists hidden sheets apart", async () => {
    const book = await readBoth({
      sheets: [
        { name: "Data", state: "hidden", rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: "BM01", rows: '<row r="2"><c r="A2" s="3"/><c r="B2" s="7"/></row><row r="4"><c r="C4"><v>7</v></c><c r="D4" s="3"/><c r="E4"/></row>' },
        { name: "Ẩn", state: "veryHidden", rows: "" },
      ],
    });
    expect(book.hiddenNames).toEqual(["Data", "Ẩn"]);
    expect(values(book.visible[0])).toEqual([[4, null, null, 7]]);
  });

  it("reads Excel's extras it can ignore: alternate content, phonetic runs, style extensions, sheet protection, filters, page breaks", async () => {
    const book = await readBoth({
      sheets: [{
        name: "S",
        rows: '<row r="1" spans="1:2" x14ac:dyDescent="0.25" xmlns:x14ac="urn:x14ac"><c r="A1" t="s"><v>0</v></c></row>',
        after: '<sheetProtection sheet="1" objects="1"/><autoFilter ref="A1:B3"><filterColumn colId="0"><filters><filter val="x"/></filters></filterColumn></autoFilter>'
          + '<phoneticPr fontId="1"/><rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"/></rowBreaks><ignoredErrors><ignoredError sqref="A1" numberStoredAsText="1"/></ignoredErrors>',
      }],
      sharedStrings: ['<t>Tỉnh</t><rPh sb="0" eb="1"><t>x</t></rPh><phoneticPr fontId="1" type="noConversion"/>'],
      workbookExtra: '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" url="C:\\"/></mc:Choice></mc:AlternateContent>',
    });
    expect(values(book.visible[0])).toEqual([[1, "Tỉnh"]]);
  });
});

describe("fast reader: hyperlinks", () => {
  it("gives a linked cell its text as a string, as exceljs' { text, hyperlink } value reads, and leaves other cells alone", async () => {
    const book = await readBoth(linked(
      '<row r="1"><c r="A1"><v>5</v></c><c r="B1" s="3"/><c r="C1"/><c r="D1"><f>1-1</f><v>0</v></c><c r="E1"><f>SUM(X1)</f></c><c r="F1" t="b"><v>1</v></c>'
      + '<c r="G1" s="3" t="s"><v>0</v></c><c r="H1"><v>7</v></c><c r="I1"><v>8</v></c><c r="J1"><v>1.5</v></c><c r="K1"><v>9</v></c></row>'
      + '<row r="2"><c r="A2"/></row><row r="3"><c r="A3" s="3" t="inlineStr"><is><t>Hµ</t></is></c><c r="B3" s="7"/></row>',
      ["A1", "B1", "C1", "D1", "E1", "F1", "G1", "A2", "A3", "Z9"].map((ref) => `<hyperlink ref="${ref}" r:id="rId1"/>`).join("")
        + '<hyperlink ref="H1" r:id="rId2"/><hyperlink ref="I1" location="S!A1" display="S!A1"/><hyperlink ref="J1" r:id="rId1"/><hyperlink ref="J1" r:id="rId2"/><hyperlink ref="K1:K2" r:id="rId1"/>',
      { sharedStrings: ["<t>Hµ Néi</t>"] },
      '<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>',
    ));
    expect(values(book.visible[0])).toEqual([
      [1, "5", "", "", "0", "", "true", "Hà Nội", 7, 8, 1.5, 9],
      [2, ""],
      [3, "Hà", "Hµ"], // the merge copies the anchor's link text, decoded by each cell's own font
    ]);
  });
});

describe("fast reader: what changes no cell", () => {
  it("skips data validations, conditional formats and their x14 extensions, protection, hyperlinks within the workbook and defined names", async () => {
    const dxfs = '<dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>';
    const book = await readBoth({
      styles: STYLES.replace('<dxfs count="0"/>', dxfs),
      sheets: [{
        name: "S",
        rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3</v></c></row><row r="2"><c r="A2"><f>1-1</f><v>0</v></c></row>',
        after: '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1" formatColumns="0" insertRows="0"/>'
          + '<conditionalFormatting sqref="B1:B9"><cfRule type="cellIs" dxfId="0" priority="2" operator="greaterThan"><formula>5</formula></cfRule>'
          + '<cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>{6A2C3F6E-0000-4000-8000-000000000001}</x14:id></ext></extLst></cfRule></conditionalFormatting>'
          + '<conditionalFormatting sqref="A1:A9 C1"><cfRule type="expression" dxfId="0" priority="3"><formula>LEN(A1)&gt;200</formula></cfRule><cfRule type="colorScale" priority="4"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule>'
          + '<cfRule type="iconSet" priority="5"><iconSet iconSet="3Arrows"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet></cfRule></conditionalFormatting>'
          + '<dataValidations count="3"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="A2:A2009 C2"><formula1>"Có,Không"</formula1></dataValidation>'
          + '<dataValidation type="whole" operator="between" sqref="B2:B1048576"><formula1>0</formula1><formula2>B1</formula2></dataValidation><dataValidation type="date" sqref="$D$2:$D$9"><formula1>36526</formula1></dataValidation></dataValidations>'
          + '<hyperlinks><hyperlink ref="A1" location="\'S\'!B1" display="B1"/></hyperlinks>'
          + '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
          + '<x14:cfRule type="dataBar" id="{6A2C3F6E-0000-4000-8000-000000000001}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>'
          + '<x14:cfRule type="expression" priority="6" id="{6A2C3F6E-0000-4000-8000-000000000002}"><xm:f>DM!$A$1=1</xm:f><x14:dxf><font><color rgb="FF9C0006"/></font></x14:dxf></x14:cfRule><xm:sqref>B1:B9</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>'
          + '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>DM!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>E2:E2009</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>',
      }],
      sharedStrings: ["<t>Tổng số</t>"],
      workbookExtra: '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">S!$A$1:$B$9</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">S!$A$1:$N$2009</definedName>'
        + '<definedName name="_xlnm.Print_Titles" localSheetId="0">S!$1:$1</definedName><definedName name="DanhMuc">\'S\'!$A$1:$A$3,S!$C$1</definedName><definedName name="Hang_so">0.5</definedName><definedName name="Loi">#REF!</definedName></definedNames>',
    });
    expect(values(book.visible[0])).toEqual([[1, "Tổng số", 3], [2, 0]]);
  });
});

describe("fast reader: declines, and exceljs answers", () => {
  it.each([
    ["a hyperlink to a relationship the sheet lacks (exceljs throws)", linked('<row r="1"><c r="A1"><v>1</v></c></row>', '<hyperlink ref="A1" r:id="rId9"/>'), /relationship that does not exist/],
    ["a hyperlink on a date (exceljs prints it in the local time zone)", linked('<row r="1"><c r="A1" s="1"><v>45519</v></c></row>', '<hyperlink ref="A1" r:id="rId1"/>'), /hyperlink on a cell/],
    ["a hyperlink on rich text", linked('<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r></is></c></row>', '<hyperlink ref="A1" r:id="rId1"/>'), /hyperlink on a cell/],
    ["a data validation without sqref (exceljs throws)", after('<dataValidations count="1"><dataValidation type="list"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>'), /without sqref/],
    ["a data validation past column XFD (exceljs throws)", after('<dataValidations count="1"><dataValidation type="list" sqref="A1 B2:XFE9"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>'), /malformed/],
    ["a conditional format styled with no <dxf> in styles.xml (exceljs throws)", after('<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>'), /dxfId/],
    ["a print area exceljs cannot decode (it throws)", S('<row r="1"><c r="A1"><v>1</v></c></row>', { workbookExtra: '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">S!$ZZZZ$1</definedName></definedNames>' }), /print area/],
    ["an element named like an Object.prototype member (exceljs throws)", after("<toString/>"), /toString/],
    ["a drawing", after('<drawing r:id="rId1"/>'), /drawing/],
    ["CDATA in a cell", S('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[abc]]></t></is></c></row>'), /CDATA/],
    ["a cell pointing past the shared strings", S('<row r="1"><c r="A1" t="s"><v>5</v></c></row>', { sharedStrings: ["<t>x</t>"] }), /shared string/],
    ["a cell with a missing style", S('<row r="1"><c r="A1" s="40"><v>1</v></c></row>'), /missing style/],
    ["overlapping merges", S("", { sheets: [{ name: "S", rows: '<row r="1"><c r="A1"><v>1</v></c></row>', after: '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>' }] }), /overlapping/],
    ["an undefined entity", S('<row r="1"><c r="A1" t="inlineStr"><is><t>a&nbsp;b</t></is></c></row>'), /entity/],
    ["rows out of order", S('<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>'), /row number/],
  ])("on %s", async (_, book, reason) => {
    expect(await declined(book)).toMatch(reason);
  });
});
