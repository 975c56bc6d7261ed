import { describe, expect, it } from "vitest";
import type { Grid } from "../../pipeline/read/Grid.ts";
import type { WorkbookSheets } from "../../pipeline/read/WorkbookSheets.ts";
import { compareReaders } from "./helpers/compareReaders.ts";
import { workbookFromXml, type XmlWorkbook } from "./helpers/workbookFromXml.ts";

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
  it("gives cached results, dropping the falsy ones as exceljs does, and resolves shared formulas", async () => {
    const book = await readBoth(S(
      '<row r="1"><c r="A1"><f>1+2</f><v>3</v></c><c r="B1"><f>1-1</f><v>0</v></c><c r="C1" t="b"><f>FALSE()</f><v>0</v></c><c r="D1" t="e"><f>NA()</f><v>#N/A</v></c><c r="E1" s="1"><f>0</f><v>0</v></c><c r="F1"><f>SUM()</f></c></row>'
      + '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">B2</f><v>2</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>3</v></c><c r="B3"><f t="shared" si="7"/><v>4</v></c><c r="C3"><f t="array" ref="C3"/><v>5</v></c></row>',
    ));
    expect(values(book.visible[0])).toEqual([
      [1, 3, null, null, "#N/A", new Date(Date.UTC(1899, 11, 30)), null],
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

describe("fast reader: declines, and exceljs answers", () => {
  it.each([
    ["a hyperlink", S("", { sheets: [{ name: "S", rows: '<row r="1"><c r="A1"><v>1</v></c></row>', after: '<hyperlinks><hyperlink ref="A1" location="S!A1"/></hyperlinks>' }] }), /hyperlinks/],
    ["a data validation", S("", { sheets: [{ name: "S", rows: '<row r="1"><c r="A1"><v>1</v></c></row>', after: '<dataValidations count="1"><dataValidation type="list" sqref="A1"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>' }] }), /dataValidations/],
    ["defined names", S('<row r="1"><c r="A1"><v>1</v></c></row>', { workbookExtra: '<definedNames><definedName name="DM">S!$A$1:$A$3</definedName></definedNames>' }), /definedName/],
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
