import { describe, expect, it } from "vitest";
import { readHeaderBlock } from "../../pipeline/forms/readHeaderBlock.ts";
import { findTable } from "../../pipeline/forms/findTable.ts";
import { BM01 } from "../../pipeline/forms/formSpecs.ts";
import { readXlsx } from "../../pipeline/read/readXlsx.ts";
import { buildWorkbook } from "../helpers/buildWorkbook.ts";
import { gridFromRows } from "../helpers/grid.ts";
import { BM01_HEADER } from "../helpers/forms.ts";

const valuesOf = (block: ReturnType<typeof readHeaderBlock>) =>
  Object.fromEntries(Object.entries(block).map(([field, v]) => [field, [v.value, v.row]]));

describe("readHeaderBlock", () => {
  it("reads label/value pairs in neighbouring cells, with or without a colon, anywhere in the rows above", () => {
    const grid = gridFromRows([
      ["", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Cơ quan báo cáo:", "Tỉnh Bắc Ninh"],
      ["", "", "", "Mã cơ quan", "T27"],
      ["Kỳ báo cáo", "", "", "Tháng 8/2024"],
      ["Ngày báo cáo :", new Date(Date.UTC(2024, 7, 15))],
      BM01_HEADER,
    ]);
    expect(valuesOf(readHeaderBlock(grid, 5))).toEqual({
      agency_name: ["Tỉnh Bắc Ninh", 2],
      agency_code: ["T27", 3],
      period: ["Tháng 8/2024", 4],
      report_date: [new Date(Date.UTC(2024, 7, 15)), 5],
    });
  });

  it("does not take the next label as the value of an empty one", () => {
    const grid = gridFromRows([
      ["Cơ quan báo cáo:", "", "Kỳ báo cáo:", "Tháng 8/2024"],
      ["Ngày báo cáo:", "", "Mã cơ quan:", "T27"],
    ]);
    expect(valuesOf(readHeaderBlock(grid, 2))).toEqual({
      period: ["Tháng 8/2024", 1],
      agency_code: ["T27", 2],
    });
  });

  it('reads an inline "Kỳ báo cáo: Tháng 8/2024" and the label variants Tên cơ quan / Đơn vị báo cáo', () => {
    const grid = gridFromRows([
      ["Tên cơ quan: Bộ Tư pháp"],
      ["KỲ BÁO CÁO: Tháng 8/2024"],
      ["Ngày báo cáo: 15/08/2024"],
    ]);
    expect(valuesOf(readHeaderBlock(grid, 3))).toEqual({
      agency_name: ["Bộ Tư pháp", 1],
      period: ["Tháng 8/2024", 2],
      report_date: ["15/08/2024", 3],
    });
    expect(valuesOf(readHeaderBlock(gridFromRows([["Đơn vị báo cáo", "Bộ Y tế"]]), 1))).toEqual({ agency_name: ["Bộ Y tế", 1] });
  });

  it("reads labels written in NFD or capitals", () => {
    const grid = gridFromRows([["CƠ QUAN BÁO CÁO", "Tỉnh Bắc Ninh"], ["Kỳ báo cáo:".normalize("NFD"), "Quý III/2024"]]);
    expect(valuesOf(readHeaderBlock(grid, 2))).toEqual({ agency_name: ["Tỉnh Bắc Ninh", 1], period: ["Quý III/2024", 2] });
  });

  it("takes the value beyond a label merged over two cells, not the merged cell itself", async () => {
    const data = await buildWorkbook([
      {
        name: "S",
        rows: [
          ["Cơ quan báo cáo:", null, "Ủy ban nhân dân tỉnh Bắc Ninh", null, null],
          ["Kỳ báo cáo:", null, null, "Tháng 8/2024"],
        ],
        merges: ["A1:B1", "C1:E1", "A2:B2"],
      },
    ]);
    const grid = (await readXlsx(data)).visible[0]!;
    expect(valuesOf(readHeaderBlock(grid, 2))).toEqual({ agency_name: ["Ủy ban nhân dân tỉnh Bắc Ninh", 1], period: ["Tháng 8/2024", 2] });
  });

  it("keeps the first occurrence, ignores a label without a value and rows from endIndex on", () => {
    const grid = gridFromRows([
      ["Kỳ báo cáo:"],
      ["Kỳ báo cáo:", "Tháng 7/2024"],
      ["Kỳ báo cáo:", "Tháng 9/2024"],
      ["Ngày báo cáo:", "20/07/2024"],
    ]);
    expect(valuesOf(readHeaderBlock(grid, 3))).toEqual({ period: ["Tháng 7/2024", 2] });
  });

  it("does not take long text (a title) that merely starts with a label", () => {
    const grid = gridFromRows([["Cơ quan báo cáo: " + "x".repeat(80)], ["Cơ quan báo cáo:", "Bộ Y tế"]]);
    expect(valuesOf(readHeaderBlock(grid, 2))).toEqual({ agency_name: ["Bộ Y tế", 2] });
  });

  it("reads the header-block line right above the header row (it is not a group header)", () => {
    const grid = gridFromRows([
      ["DANH MỤC HỆ THỐNG THÔNG TIN"],
      ["Cơ quan báo cáo:", "Tỉnh Bắc Ninh"],
      ["Kỳ báo cáo:", "Tháng 8/2024"],
      ["Ngày báo cáo:", "15/08/2024"],
      BM01_HEADER,
      [1, "Cổng dịch vụ công", "Văn phòng", 3, "Đã phê duyệt", "Đầy đủ"],
    ]);
    const table = findTable(grid, BM01)!;
    expect(table.headerRowNumbers).toEqual([5]);
    const block = readHeaderBlock(grid, table.headerIndex + 1 - table.headerRowNumbers.length);
    expect(valuesOf(block)).toEqual({
      agency_name: ["Tỉnh Bắc Ninh", 2],
      period: ["Tháng 8/2024", 3],
      report_date: ["15/08/2024", 4],
    });
  });
});
