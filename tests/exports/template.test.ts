import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildTemplate } from "../../exports/templates/buildTemplate.ts";
import { BM01, BM02 } from "../../pipeline/forms/formSpecs.ts";
import { parseFile } from "../../pipeline/ingest/parseFile.ts";
import { testRegistry } from "../helpers/forms.ts";
import { runPipeline } from "../helpers/runPipeline.ts";
import { queryWarehouse } from "../helpers/queryWarehouse.ts";
import { fillTemplate } from "./fillTemplate.ts";

const IDENTITY = new Set(["agency_name", "agency_code", "period", "report_date"]);
const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function templateBytes(options: Parameters<typeof buildTemplate>[0]): Promise<Buffer> {
  return Buffer.from(await (await buildTemplate(options)).xlsx.writeBuffer());
}

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const isLocked = (cell: ExcelJS.Cell) => cell.protection?.locked ?? true;

/** A BM-01 as an agency fills it: values picked from the dropdowns, dates typed as dates. */
const FILLED_BM01 = {
  D7: date(2024, 9, 15),
  A10: 1, B10: "HT01", C10: "Cổng dịch vụ công tỉnh", D10: "Văn phòng UBND tỉnh", E10: 3, F10: "Đã phê duyệt", G10: "125/QĐ-UBND",
  H10: date(2024, 1, 5), I10: "Đầy đủ", J10: date(2024, 6, 1), K10: "Có", L10: "Có", M10: 2024, N10: "Hệ thống trọng yếu",
  A11: 2, B11: "HT02", C11: "Hệ thống thư điện tử công vụ", D11: "Sở Thông tin và Truyền thông", E11: 2, F11: "Chưa phê duyệt",
  I11: "Chưa triển khai", K11: "Không", L11: "Không",
  A12: 3, C12: "Phần mềm quản lý văn bản", E12: 4, F12: "Đang thẩm định", I12: "Một phần", J12: date(2023, 12, 20), K12: "Có", L12: "Không", M12: 2023,
};

describe("capdo template: blank forms", () => {
  it("lays out BM-01 with the header block prefilled and the columns in the contract's canonical order", async () => {
    const workbook = await read(await templateBytes({ form: "BM-01", agency: { code: "T27", name: "Tỉnh Bắc Ninh" }, period: "2024-09" }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["BM-01", "Hướng dẫn"]);
    const s = workbook.getWorksheet("BM-01")!;
    expect([4, 5, 6, 7].map((r) => [s.getCell(r, 1).value, s.getCell(r, 4).value])).toEqual([
      ["Cơ quan báo cáo:", "Tỉnh Bắc Ninh"], ["Mã cơ quan:", "T27"], ["Kỳ báo cáo:", "Tháng 9/2024"], ["Ngày báo cáo:", null],
    ]);
    expect(s.getCell("D7").numFmt).toBe("dd/mm/yyyy");
    const canonical = BM01.columns.filter((c) => !IDENTITY.has(c.field)).map((c) => c.headers[0]);
    expect((s.getRow(9).values as unknown[]).slice(1)).toEqual(canonical);
    expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 9, topLeftCell: "A10" });
    expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, printTitlesRow: "9:9" });
    s.getRow(9).eachCell((cell) => expect(cell.font.name).toBe("Times New Roman"));
  });

  it("offers dropdowns for level, statuses and yes/no, and validates dates and years on every prepared row", async () => {
    const s = (await read(await templateBytes({ form: "BM-01", period: "2024-09" }))).getWorksheet("BM-01")!;
    const rule = (address: string) => s.getCell(address).dataValidation;
    expect(rule("E10")).toMatchObject({ type: "list", formulae: ['"1,2,3,4,5"'], showErrorMessage: true, errorStyle: "stop" });
    expect(rule("F10")).toMatchObject({ type: "list", formulae: ['"Đã phê duyệt,Chưa phê duyệt,Đang thẩm định"'] });
    expect(rule("I10")).toMatchObject({ type: "list", formulae: ['"Đầy đủ,Một phần,Chưa triển khai"'] });
    expect(rule("K10")).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
    expect(rule("L10")).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
    expect(rule("H10")).toMatchObject({ type: "date", operator: "between" });
    expect(rule("J10")).toMatchObject({ type: "date", operator: "between" });
    expect(rule("M10")).toMatchObject({ type: "whole", operator: "between", formulae: [2000, 2100] });
    // The report date cannot be before the period it reports on.
    expect(rule("D7")).toMatchObject({ type: "date", operator: "between" });
    expect(new Date(rule("D7").formulae[0] as string).toISOString().slice(0, 10)).toBe("2024-09-01");
    expect(rule("E2009")).toMatchObject({ type: "list" });
    expect(rule("E2010")).toBeUndefined();
    expect(rule("C10")).toBeUndefined();
    expect([s.getCell("C10").numFmt, s.getCell("E10").numFmt, s.getCell("H10").numFmt, s.getCell("G10").numFmt]).toEqual(["@", "0", "dd/mm/yyyy", "@"]);
  });

  it("protects the header cells (and prefilled identity) and leaves the data rows and the blanks to fill open", async () => {
    const s = (await read(await templateBytes({ form: "BM-01", agency: { code: "T27", name: "Tỉnh Bắc Ninh" }, period: "2024-09" }))).getWorksheet("BM-01")!;
    expect((s as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection).toMatchObject({ sheet: true, insertRows: true, formatColumns: true });
    expect(["A1", "A4", "D4", "D5", "A9", "N9", "K6"].map((a) => isLocked(s.getCell(a)))).toEqual([true, true, true, true, true, true, true]);
    expect(["D6", "D7", "A10", "C10", "N2009", "C3000"].map((a) => isLocked(s.getCell(a)))).toEqual([false, false, false, false, false, false]);
    const blank = (await read(await templateBytes({ form: "BM-01" }))).getWorksheet("BM-01")!;
    expect([blank.getCell("D4").value, blank.getCell("D6").value]).toEqual([null, null]);
    expect(["D4", "D5", "D6", "D7"].map((a) => isLocked(blank.getCell(a)))).toEqual([false, false, false, false]);
  });

  it("lays out BM-02 with its canonical columns, counts bounded by the column they may not exceed, and rates computed", async () => {
    const workbook = await buildTemplate({ form: "BM-02", agency: { code: "BYT", name: "Bộ Y tế" }, period: "2024-09" });
    const model = (workbook.getWorksheet("BM-02") as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(model["E10:E209"]).toMatchObject({ type: "whole", operator: "between", formulae: [0, "D10"] });
    expect(model["G10:G209"]).toMatchObject({ type: "whole", operator: "between", formulae: [0, "E10"] });
    expect(model["D10:D209"]).toMatchObject({ type: "whole", formulae: [0, 1000000] });
    const s = (await read(Buffer.from(await workbook.xlsx.writeBuffer()))).getWorksheet("BM-02")!;
    // A BM-02 row names its agency; period and report date are in the header block.
    const canonical = BM02.columns.filter((c) => c.field !== "period" && c.field !== "report_date").map((c) => c.headers[0]);
    expect((s.getRow(9).values as unknown[]).slice(1)).toEqual(canonical);
    expect([s.getCell("B10").value, s.getCell("C10").value]).toEqual(["Bộ Y tế", "BYT"]);
    expect(s.getCell("F10").value).toEqual({ formula: 'IF(N(D10)>0,N(E10)/N(D10),"")' });
    expect([s.getCell("F10").numFmt, isLocked(s.getCell("F10")), isLocked(s.getCell("D10"))]).toEqual(["0.0%", true, false]);
  });

  it("explains the form in Vietnamese on the instructions sheet, one line per column", async () => {
    const s = (await read(await templateBytes({ form: "BM-01" }))).getWorksheet("Hướng dẫn")!;
    const texts: string[] = [];
    s.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === "string") texts.push(cell.value); }));
    expect(texts[0]).toBe("HƯỚNG DẪN GHI BIỂU BM-01");
    expect(texts.some((t) => t.includes("trước ngày 20 của tháng báo cáo"))).toBe(true);
    for (const column of BM01.columns.filter((c) => !IDENTITY.has(c.field))) expect(texts).toContain(column.headers[0]);
    expect(texts).toContain("Bắt buộc. Chọn 1, 2, 3, 4 hoặc 5 theo hồ sơ đề xuất cấp độ.");
  });

  it("round-trips: a filled BM-01 parses with zero warnings and every value read as typed", async () => {
    const filled = await fillTemplate(await templateBytes({ form: "BM-01", agency: { code: "T27", name: "Tỉnh Bắc Ninh" }, period: "2024-09" }), "BM-01", FILLED_BM01);
    const outcome = await parseFile("BM-01 Bac Ninh.xlsx", filled, testRegistry());
    if (outcome.status !== "loaded") throw new Error(outcome.message);
    expect(outcome.notes).toEqual([]);
    expect(outcome.rejectedRows).toEqual([]);
    expect(outcome.submissions).toMatchObject([{ form: "BM-01", agencyCode: "T27", period: "2024-09", reportDate: "2024-09-15", isQuarterly: false }]);
    expect(outcome.systems[0]!.map((y) => [y.row, y.systemCode, y.systemName, y.level, y.approvalStatus, y.decisionNo, y.approvalDate, y.implementationStatus, y.assessmentDate, y.monitored, y.nationalConnection, y.drillYear])).toEqual([
      [10, "HT01", "Cổng dịch vụ công tỉnh", 3, "approved", "125/QĐ-UBND", "2024-01-05", "full", "2024-06-01", "yes", "yes", 2024],
      [11, "HT02", "Hệ thống thư điện tử công vụ", 2, "not_approved", null, null, "none", null, "no", "no", null],
      [12, null, "Phần mềm quản lý văn bản", 4, "under_review", null, null, "partial", "2023-12-20", "yes", "no", 2023],
    ]);
  });

  it("round-trips: a filled BM-02, with its rates as Excel caches them or not yet computed, parses with zero warnings", async () => {
    const template = await templateBytes({ form: "BM-02", period: "2024-09" });
    const cells = {
      D4: "Cục An toàn thông tin", D7: date(2024, 9, 18),
      B10: "Bộ Y tế", C10: "BYT", D10: 42, E10: 37, F10: { formula: 'IF(N(D10)>0,N(E10)/N(D10),"")', result: 37 / 42 }, G10: 15,
      H10: { formula: 'IF(N(D10)>0,N(G10)/N(D10),"")', result: 15 / 42 }, K10: 30, L10: 10, M10: 2,
      B11: "Tỉnh Bắc Ninh", D11: 39, E11: 23, G11: 9,
      F12: { formula: 'IF(N(D12)>0,N(E12)/N(D12),"")', result: "" },
    };
    const outcome = await parseFile("BM-02.xlsx", await fillTemplate(template, "BM-02", cells), testRegistry());
    if (outcome.status !== "loaded") throw new Error(outcome.message);
    expect(outcome.notes).toEqual([]);
    expect(outcome.rejectedRows).toEqual([]);
    expect(outcome.submissions.map((x) => [x.agencyCode, x.period, x.reportDate, x.statedTotal, x.statedApproved, x.statedImplemented, x.statedLevels])).toEqual([
      ["BYT", "2024-09", "2024-09-18", 42, 37, 15, [null, null, 30, 10, 2]],
      ["T27", "2024-09", "2024-09-18", 39, 23, 9, [null, null, null, null, null]],
    ]);
    expect(outcome.statedFigures.filter((f) => f.figure === "approval_rate").map((f) => f.statedValue)).toEqual([Math.round((3700 / 42) * 1e9) / 1e9]);
  });

  it("round-trips through capdo run: filled templates load with no note and no row set aside", async () => {
    const sources = mkdtempSync(join(tmpdir(), "capdo-templates-"));
    writeFileSync(join(sources, "bm01.xlsx"), await fillTemplate(await templateBytes({ form: "BM-01", agency: { code: "T27", name: "Tỉnh Bắc Ninh" }, period: "2024-09" }), "BM-01", FILLED_BM01));
    writeFileSync(join(sources, "bm02.xlsx"), await fillTemplate(await templateBytes({ form: "BM-02", agency: { code: "BYT", name: "Bộ Y tế" }, period: "2024-09" }), "BM-02", { D7: date(2024, 9, 18), D10: 42, E10: 37, G10: 15 }));
    const db = await runPipeline(sources);
    expect(await queryWarehouse(db, "select count(*)::int as n from notes")).toEqual([{ n: 0 }]);
    expect(await queryWarehouse(db, "select count(*)::int as n from rejected_rows")).toEqual([{ n: 0 }]);
    expect(await queryWarehouse(db, "select count(*)::int as n from rejected_files")).toEqual([{ n: 0 }]);
    expect(await queryWarehouse(db, "select agency_code, source_form, total_systems::int as t, approved_systems::int as a, implemented_systems::int as i from agency_period order by agency_code")).toEqual([
      { agency_code: "BYT", source_form: "BM-02", t: 42, a: 37, i: 15 },
      { agency_code: "T27", source_form: "BM-01", t: 3, a: 1, i: 1 },
    ]);
  });
});
