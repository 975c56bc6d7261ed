import { describe, expect, it } from "vitest";
import type { FormCode } from "../../pipeline/forms/formSpecs.ts";
import type { Grid } from "../../pipeline/read/Grid.ts";
import { buildTemplate } from "../../exports/templates/buildTemplate.ts";
import { fillTemplate } from "../exports/fillTemplate.ts";
import { compareReaders } from "./helpers/compareReaders.ts";

/**
 * capdo's own blank forms carry dropdowns and bounds (data validations), a protected header, print
 * titles (a defined name), a frozen pane and a page footer: blank and filled, they take the fast path
 * and read exactly as exceljs reads them.
 */
const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const FILLED: Record<FormCode, Parameters<typeof fillTemplate>[2]> = {
  "BM-01": {
    D7: date(2024, 9, 15),
    A10: 1, B10: "HT01", C10: "Cổng dịch vụ công tỉnh", D10: "Văn phòng UBND tỉnh", E10: 3, F10: "Đã phê duyệt", G10: "125/QĐ-UBND",
    H10: date(2024, 1, 5), I10: "Đầy đủ", J10: date(2024, 6, 1), K10: "Có", L10: "Có", M10: 2024, N10: "Hệ thống trọng yếu",
    A11: 2, C11: "Hệ thống thư điện tử công vụ", E11: 2, F11: "Chưa phê duyệt", I11: "Chưa triển khai", K11: "Không", L11: "Không",
  },
  "BM-02": {
    D7: date(2024, 9, 18),
    D10: 42, E10: 37, F10: { formula: 'IF(N(D10)>0,N(E10)/N(D10),"")', result: 37 / 42 }, G10: 15, H10: { formula: 'IF(N(D10)>0,N(G10)/N(D10),"")', result: 15 / 42 }, K10: 30, L10: 10, M10: 2,
    B11: "Tỉnh Bắc Ninh", C11: "T27", D11: 3, E11: 0, F11: { formula: 'IF(N(D11)>0,N(E11)/N(D11),"")', result: 0 }, G11: 0, H11: { formula: 'IF(N(D11)>0,N(G11)/N(D11),"")', result: 0 },
    B12: "Bộ Tư pháp", C12: "BTP", D12: 0, E12: 0, F12: { formula: 'IF(N(D12)>0,N(E12)/N(D12),"")', result: "" }, G12: 0,
  },
};

async function readFast(data: Buffer): Promise<Grid[]> {
  const { reference, combined, fast } = await compareReaders(data);
  expect(fast?.status === "declined" ? fast.reason : fast?.status).toBe("read");
  if (fast?.status !== "read" || !("sheets" in reference)) throw new Error("both readers should read the template");
  expect(fast.sheets).toEqual(reference.sheets);
  expect(combined).toEqual(reference);
  return fast.sheets.visible;
}

const row = (grid: Grid, rowNumber: number) => grid.rows.find((r) => r.rowNumber === rowNumber)?.cells.map((c) => c.value);

describe("fast reader on capdo's templates", () => {
  it.each(["BM-01", "BM-02"] as const)("reads a blank %s and a filled one, as exceljs does", async (form) => {
    const template = Buffer.from(await (await buildTemplate({ form, agency: { code: "BYT", name: "Bộ Y tế" }, period: "2024-09" })).xlsx.writeBuffer());
    const blank = await readFast(template);
    expect(blank.map((g) => g.sheetName)).toEqual([form, "Hướng dẫn"]);
    const [sheet] = await readFast(await fillTemplate(template, form, FILLED[form]));
    if (form === "BM-01") {
      expect(row(sheet!, 10)).toEqual([1, "HT01", "Cổng dịch vụ công tỉnh", "Văn phòng UBND tỉnh", 3, "Đã phê duyệt", "125/QĐ-UBND", date(2024, 1, 5), "Đầy đủ", date(2024, 6, 1), "Có", "Có", 2024, "Hệ thống trọng yếu"]);
    } else {
      // Rates cached as 0 stay 0; one cached as "" (no value in the file) is empty.
      expect(row(sheet!, 11)).toEqual([null, "Tỉnh Bắc Ninh", "T27", 3, 0, 0, 0, 0]);
      expect(row(sheet!, 12)).toEqual([null, "Bộ Tư pháp", "BTP", 0, 0, null, 0, null]);
    }
  });
});
