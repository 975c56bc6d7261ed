import { describe, expect, it } from "vitest";
import { readXlsx } from "../../pipeline/read/readXlsx.ts";
import type { Grid } from "../../pipeline/read/Grid.ts";
import { buildWorkbook } from "../helpers/buildWorkbook.ts";

function values(grid: Grid | undefined): unknown[][] {
  if (!grid) throw new Error("no such sheet");
  return grid.rows.map((row) => [row.rowNumber, ...row.cells.map((c) => c.value)]);
}

describe("readXlsx: sheets", () => {
  it("returns visible sheets in order and lists hidden and very hidden ones apart", async () => {
    const data = await buildWorkbook([
      { name: "Hướng dẫn", rows: [["Điền biểu mẫu theo hướng dẫn"]] },
      { name: "DM", state: "hidden", rows: [["Đã phê duyệt"], ["Chưa phê duyệt"]] },
      { name: "BM01", rows: [["STT"]] },
      { name: "BM01 (cũ)", state: "veryHidden", rows: [["STT"]] },
    ]);
    const book = await readXlsx(data);
    expect(book.visible.map((g) => g.sheetName)).toEqual(["Hướng dẫn", "BM01"]);
    expect(book.hiddenNames).toEqual(["DM", "BM01 (cũ)"]);
  });

  it("keeps sheet row numbers, leaves out empty rows and fills gaps in a row with empty cells", async () => {
    const data = await buildWorkbook([{ name: "S", rows: [["Tiêu đề"], [], [], ["STT", null, "Cấp độ"], [], [1, "A", 3]], firstRow: 2 }]);
    const [grid] = (await readXlsx(data)).visible;
    expect(values(grid)).toEqual([
      [2, "Tiêu đề"],
      [5, "STT", null, "Cấp độ"],
      [7, 1, "A", 3],
    ]);
  });

  it("reads hidden rows of a visible sheet as data", async () => {
    const data = await buildWorkbook([{ name: "S", rows: [["STT", "Tên"], [1, "A"], [2, "B"], [3, "C"]], hiddenRows: [3] }]);
    expect(values((await readXlsx(data)).visible[0])).toEqual([[1, "STT", "Tên"], [2, 1, "A"], [3, 2, "B"], [4, 3, "C"]]);
  });

  it("throws on a truncated workbook (cut in half during upload)", async () => {
    const data = await buildWorkbook([{ name: "S", rows: Array.from({ length: 200 }, (_, i) => [i + 1, `Hệ thống ${i + 1}`, 3]) }]);
    await expect(readXlsx(data.subarray(0, Math.floor(data.length / 2)))).rejects.toThrow();
  });
});

describe("readXlsx: cell values", () => {
  it("reads numbers, booleans, text, real dates (UTC midnight) and keeps number formats", async () => {
    const date = new Date(Date.UTC(2024, 7, 15));
    const data = await buildWorkbook([{ name: "S", rows: [["Cấp độ 3", 3, true, date, { number: 0.692, numFmt: "0.0%" }, "3"]] }]);
    const row = (await readXlsx(data)).visible[0]!.rows[0]!;
    expect(row.cells.map((c) => c.value)).toEqual(["Cấp độ 3", 3, true, date, 0.692, "3"]);
    expect(row.cells[4]!.numFmt).toBe("0.0%");
  });

  it("reads formula cells as their cached results (number, text, date, error)", async () => {
    const data = await buildWorkbook([
      {
        name: "S",
        rows: [[
          { formula: 'VALUE("3")', result: 3 },
          { formula: 'IF(E1="x","Đã phê duyệt","Chưa phê duyệt")', result: "Đã phê duyệt" },
          { formula: "DATE(2024,8,15)", result: new Date(Date.UTC(2024, 7, 15)) },
          { formula: "VLOOKUP(A1,DM!A:B,2,0)", result: { error: "#N/A" } },
          { formula: "SUM(A1:A0)" },
        ]],
      },
    ]);
    const row = (await readXlsx(data)).visible[0]!.rows[0]!;
    expect(row.cells.map((c) => c.value)).toEqual([3, "Đã phê duyệt", new Date(Date.UTC(2024, 7, 15)), "#N/A", null]);
  });

  it("reads shared formulas (a column filled down) by their cached results", async () => {
    const data = await buildWorkbook([
      {
        name: "S",
        rows: [
          [{ formula: "VALUE(B1)", result: 3, sharedRef: "A1:A3" }, "3"],
          [{ sharedFormula: "A1", result: 2 }, "2"],
          [{ sharedFormula: "A1", result: 1 }, "1"],
        ],
      },
    ]);
    expect(values((await readXlsx(data)).visible[0])).toEqual([[1, 3, "3"], [2, 2, "2"], [3, 1, "1"]]);
  });

  it("marks the non-anchor cells of merged ranges: same row → anchor column, rows below → -1", async () => {
    const data = await buildWorkbook([
      {
        name: "S",
        rows: [
          ["Cơ quan báo cáo:", null, "Tỉnh Bắc Ninh"],
          ["STT", "Tình trạng", null],
          [null, "Phê duyệt HSĐXCĐ", "Triển khai phương án"],
        ],
        merges: ["A1:B1", "B2:C2", "A2:A3"],
      },
    ]);
    const grid = (await readXlsx(data)).visible[0]!;
    const cells = grid.rows.map((r) => r.cells.map((c) => [c.value, c.mergedFrom]));
    expect(cells).toEqual([
      [["Cơ quan báo cáo:", undefined], ["Cơ quan báo cáo:", 0], ["Tỉnh Bắc Ninh", undefined]],
      [["STT", undefined], ["Tình trạng", undefined], ["Tình trạng", 1]],
      [["STT", -1], ["Phê duyệt HSĐXCĐ", undefined], ["Triển khai phương án", undefined]],
    ]);
  });
});

describe("readXlsx: legacy Vietnamese fonts", () => {
  it('decodes TCVN3 text in a .VnTime cell ("Hµ Néi" → "Hà Nội") and VNI text in a VNI-Times cell', async () => {
    const data = await buildWorkbook([
      {
        name: "S",
        rows: [
          [{ text: "Hµ Néi", font: ".VnTime" }, { text: "Haø Noäi", font: "VNI-Times" }, { text: "Hà Nội", font: "Times New Roman" }],
          [{ text: "CÊp ®é", font: ".VnArial" }, { text: "Caáp ñoä", font: "VNI-Helve" }, { text: "Hµ Néi", font: "Arial" }],
          [{ text: "Hµ Néi", font: ".VnTimeH" }, { text: "Hà Nội", font: ".VnTime" }, { text: "Tªn hÖ thèng th«ng tin", font: ".VnTime" }],
        ],
      },
    ]);
    expect(values((await readXlsx(data)).visible[0])).toEqual([
      [1, "Hà Nội", "Hà Nội", "Hà Nội"],
      [2, "Cấp độ", "Cấp độ", "Hµ Néi"],
      [3, "HÀ NỘI", "Hà Nội", "Tên hệ thống thông tin"],
    ]);
  });

  it("decodes each rich-text run by its own font, and formula text results by the cell's font", async () => {
    const data = await buildWorkbook([
      {
        name: "S",
        rows: [[
          { richText: [{ text: "§· phª duyÖt", font: ".VnTime" }, { text: " (QĐ 125)", font: "Times New Roman" }] },
          { formula: 'IF(A1<>"","§Çy ®ñ","")', result: "§Çy ®ñ", font: ".VnTime" },
          { formula: '"Ñaõ pheâ duyeät"', result: "Ñaõ pheâ duyeät", font: "VNI-Times" },
        ]],
      },
    ]);
    expect(values((await readXlsx(data)).visible[0])).toEqual([[1, "Đã phê duyệt (QĐ 125)", "Đầy đủ", "Đã phê duyệt"]]);
  });

  it("leaves numbers in a legacy-font cell alone", async () => {
    const data = await buildWorkbook([{ name: "S", font: ".VnTime", rows: [[3, "3", "Tæng céng"]] }]);
    expect(values((await readXlsx(data)).visible[0])).toEqual([[1, 3, "3", "Tổng cộng"]]);
  });
});
