import { describe, expect, it } from "vitest";
import { isTotalsRow, tableRows } from "../../pipeline/forms/tableRows.ts";
import { findTable } from "../../pipeline/forms/findTable.ts";
import { BM01, BM02 } from "../../pipeline/forms/formSpecs.ts";
import { readXlsx } from "../../pipeline/read/readXlsx.ts";
import type { Grid } from "../../pipeline/read/Grid.ts";
import type { RawValue } from "../../pipeline/read/RawValue.ts";
import { buildWorkbook } from "../helpers/buildWorkbook.ts";
import { gridFromRows } from "../helpers/grid.ts";
import { BM01_HEADER, BM02_HEADER } from "../helpers/forms.ts";

function rowsOf(grid: Grid, spec: typeof BM01 | typeof BM02 = BM01) {
  const table = findTable(grid, spec as typeof BM01);
  if (!table) throw new Error("no table");
  const { rows, totalsRow } = tableRows(grid, table);
  return { rows: rows.map((r) => r.rowNumber), totalsRow: totalsRow?.rowNumber ?? null };
}

const system = (n: number, name = `Hệ thống ${n}`): RawValue[] => [n, name, "Văn phòng", 3, "Đã phê duyệt", "Đầy đủ"];

describe("tableRows: the totals row ends the table", () => {
  it.each(["Tổng cộng", "Tổng", "Tổng số", "Cộng", "TỔNG CỘNG", "  tổng cộng  ", "Tổng cộng".normalize("NFD"), "Tổng\u00a0cộng"])(
    "%j in the first non-empty cell is a totals row",
    (label) => {
      const grid = gridFromRows([BM01_HEADER, system(1), system(2), [label, null, null, 2, 2, 2], ["Ghi chú: số liệu tạm tính", null, null, 3, "x"], system(5)]);
      expect(rowsOf(grid)).toEqual({ rows: [2, 3], totalsRow: 4 });
    },
  );

  it("finds it when the STT cell is empty and the label stands in the name column", () => {
    const grid = gridFromRows([BM01_HEADER, system(1), [null, "Tổng cộng", null, null, 1, 1], system(9)]);
    expect(rowsOf(grid)).toEqual({ rows: [2], totalsRow: 3 });
  });

  it('does not take "Tổng đài hỗ trợ 1022" or other text beginning with Tổng for a totals row', () => {
    const noStt = ["Tên hệ thống thông tin", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án"];
    const grid = gridFromRows([
      noStt,
      ["Cổng dịch vụ công", 3, "Đã phê duyệt", "Đầy đủ"],
      ["Tổng đài hỗ trợ 1022", 2, "Đã phê duyệt", "Một phần"],
      ["Tổng hợp báo cáo kinh tế - xã hội", 2, "Chưa phê duyệt", "Chưa triển khai"],
      ["Cộng đồng số", 1, "Chưa", "Chưa"],
    ]);
    expect(rowsOf(grid)).toEqual({ rows: [2, 3, 4, 5], totalsRow: null });
    expect(isTotalsRow({ rowNumber: 3, cells: [{ value: "Tổng đài hỗ trợ 1022" }] })).toBe(false);
    expect(isTotalsRow({ rowNumber: 3, cells: [{ value: null }, { value: "" }, { value: "Tổng số" }] })).toBe(true);
    expect(isTotalsRow({ rowNumber: 3, cells: [{ value: 5 }, { value: "Tổng cộng" }] })).toBe(false);
  });
});

describe("tableRows: without a totals row", () => {
  it("ends at the last row with a level or status value; notes and signatures below are not rows", () => {
    const grid = gridFromRows([
      BM01_HEADER,
      system(1),
      system(2),
      [3, "Hệ thống không ghi cấp độ"],
      [4, "Cổng thông tin", null, null, null, "Chưa triển khai"],
      [],
      ["Ghi chú: Cấp độ theo Nghị định 85/2016/NĐ-CP"],
      [null, "Người lập biểu", null, null],
      [null, "Nguyễn Văn A"],
    ]);
    expect(rowsOf(grid)).toEqual({ rows: [2, 3, 4, 5], totalsRow: null });
  });

  it("keeps rows with a name but no level between counted rows (they are set aside later, not dropped)", () => {
    const grid = gridFromRows([BM01_HEADER, system(1), [2, "I. Hệ thống cấp tỉnh"], system(3), [4, "Hệ thống cuối không cấp độ"]]);
    expect(rowsOf(grid)).toEqual({ rows: [2, 3, 4], totalsRow: null });
  });

  it("ends a BM-02 at the last row with a count", () => {
    const grid = gridFromRows([
      BM02_HEADER,
      [1, "Bộ Công an", "BCA", 12, 10, null, 8],
      [2, "Bộ Tư pháp", "BTP", 5, 5, null, 5],
      [null, "Nơi nhận: - Như trên; - Lưu VT."],
    ]);
    expect(rowsOf(grid, BM02)).toEqual({ rows: [2, 3], totalsRow: null });
  });
});

describe("tableRows: rows that are not systems", () => {
  it("skips empty rows and rows with nothing but an STT number", () => {
    const grid = gridFromRows([BM01_HEADER, system(1), [2, "", " ", null], [], [3], system(4), ["", null, "  "], system(5)]);
    expect(rowsOf(grid)).toEqual({ rows: [2, 6, 8], totalsRow: null });
  });

  it('skips a column-numbering row "(1) (2) (3) …" or "1 2 3 …" right under the header', () => {
    for (const numbering of [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], [1, 2, 3, 4, 5, 6, 7], ["1", "2", "3", "4", "5", "6"]]) {
      const grid = gridFromRows([BM01_HEADER, numbering, system(1), system(2)]);
      expect(rowsOf(grid), JSON.stringify(numbering)).toEqual({ rows: [3, 4], totalsRow: null });
    }
  });

  it("keeps a first system whose cells happen to be small numbers", () => {
    const grid = gridFromRows([BM01_HEADER, [1, "Cổng dịch vụ công", null, 3, "x", "Đầy đủ"], system(2)]);
    expect(rowsOf(grid)).toEqual({ rows: [2, 3], totalsRow: null });
  });

  it("reads hidden rows of a visible sheet as data", async () => {
    const data = await buildWorkbook([{ name: "BM01", rows: [BM01_HEADER, system(1), system(2), system(3)], hiddenRows: [3] }]);
    const grid = (await readXlsx(data)).visible[0]!;
    expect(rowsOf(grid)).toEqual({ rows: [2, 3, 4], totalsRow: null });
  });

  it("starts below a two-row header", () => {
    const grid = gridFromRows([
      ["STT", "Tên hệ thống thông tin", "Cấp độ", "Tình trạng", null],
      [null, null, null, "Phê duyệt HSĐXCĐ", "Triển khai phương án"],
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      [1, "Cổng dịch vụ công", 3, "Đã phê duyệt", "Đầy đủ"],
      ["Tổng cộng", null, 1, 1, 1],
    ]);
    expect(rowsOf(grid)).toEqual({ rows: [4], totalsRow: 5 });
  });
});
