import { describe, expect, it } from "vitest";
import type { WorkbookSheets } from "../../pipeline/read/WorkbookSheets.ts";
import { parseFile } from "../../pipeline/ingest/parseFile.ts";
import { buildWorkbook } from "../helpers/buildWorkbook.ts";
import { BM02_HEADER, testRegistry } from "../helpers/forms.ts";
import { compareReaders } from "./helpers/compareReaders.ts";
import { workbookFromXml, type XmlWorkbook } from "./helpers/workbookFromXml.ts";

/**
 * A formula's cached result, falsy ones included: exceljs hands a formula value over without a result
 * of 0 or FALSE (exceljs#2943, #1528), which read as a blank — a BM-02 total computed as 0 went missing.
 * Both readers now give the cached result, and agree.
 */
async function readBoth(book: XmlWorkbook): Promise<WorkbookSheets> {
  const { reference, combined, fast } = await compareReaders(workbookFromXml(book));
  expect(fast?.status === "declined" ? fast.reason : fast?.status).toBe("read");
  if (fast?.status !== "read" || !("sheets" in reference)) throw new Error("both readers should read the workbook");
  expect(fast.sheets).toEqual(reference.sheets);
  expect(combined).toEqual(reference);
  return fast.sheets;
}

const values = (sheets: WorkbookSheets) => sheets.visible[0]!.rows.map((row) => [row.rowNumber, ...row.cells.map((c) => c.value)]);

describe("formula results", () => {
  it("reads 0 and FALSE as cached; an empty or absent cached value as null", async () => {
    const book = await readBoth({
      sheets: [{
        name: "S",
        rows: '<row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1&gt;2</f><v>0</v></c><c r="C1" t="str"><f>""</f><v/></c><c r="D1" t="str"><f>IF(A1&gt;0,"x","")</f><v></v></c>'
          + '<c r="E1"><f>SUM(X1:X3)</f></c><c r="F1" s="5"><f>A1/1</f><v>0</v></c><c r="G1"><f>-A1</f><v>-0</v></c><c r="H1" t="b"><f>TRUE()</f><v>1</v></c><c r="I1"><f>2-1</f><v>1</v></c></row>',
      }],
    });
    expect(values(book)).toEqual([[1, 0, false, null, null, null, 0, -0, true, 1]]);
    expect(book.visible[0]!.rows[0]!.cells[5]!.numFmt).toBe("0.00%");
  });

  it("reads a shared formula's 0 in the master and the cells that share it, and in the cells a merge copies it to", async () => {
    const book = await readBoth({
      sheets: [{
        name: "S",
        rows: '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1-B1</f><v>0</v></c><c r="B1"><v>4</v></c></row>'
          + '<row r="2"><c r="A2"><f t="shared" si="0"/><v>0</v></c><c r="B2"><v>5</v></c></row>'
          + '<row r="3"><c r="A3"><f t="shared" si="0"/></c><c r="B3"><v>6</v></c></row>'
          + '<row r="4"><c r="A4"><f>SUM(A1:A3)</f><v>0</v></c></row>',
        after: '<mergeCells count="1"><mergeCell ref="A4:C4"/></mergeCells>',
      }],
    });
    expect(values(book)).toEqual([[1, 0, 4], [2, 0, 5], [3, null, 6], [4, 0, 0, 0]]);
    expect(book.visible[0]!.rows[3]!.cells.map((c) => c.mergedFrom)).toEqual([undefined, 0, 0]);
  });

  it("keeps a BM-02 count computed as 0 by a formula: the row is counted and the totals row's 0 is stated", async () => {
    const data = await buildWorkbook([{
      name: "BM02",
      rows: [
        ["Kỳ báo cáo:", "Tháng 8/2024"], BM02_HEADER,
        [1, "Tỉnh Bắc Ninh", "T27", { formula: "2-2", result: 0 }, { formula: "D3", result: 0 }, "", { formula: "E3", result: 0 }, ""],
        [2, "Bộ Y tế", "BYT", 4, 2, "", 1, ""],
        ["Tổng cộng", null, null, { formula: "SUM(D3:D4)", result: 4 }, { formula: "SUM(E3:E4)", result: 2 }, null, { formula: "SUM(G3:G4)-1", result: 0 }],
      ],
    }]);
    const outcome = await parseFile("BM02.xlsx", data, testRegistry());
    if (outcome.status !== "loaded") throw new Error(outcome.message);
    expect(outcome.rejectedRows).toEqual([]);
    expect(outcome.submissions.map((s) => [s.sourceRow, s.agencyCode, s.statedTotal, s.statedApproved, s.statedImplemented])).toEqual([[3, "T27", 0, 0, 0], [4, "BYT", 4, 2, 1]]);
    expect(outcome.statedFigures.filter((f) => f.basis === "table_rows").map((f) => [f.figure, f.statedValue, f.numerator])).toEqual([
      ["total_systems", 4, 4], ["approved_systems", 2, 2], ["implemented_systems", 0, 1],
    ]);
  });
});
