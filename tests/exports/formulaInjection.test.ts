import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { exportGiven } from "./exportGiven.ts";
import { HOSTILE } from "./givenExportReports.ts";
import { readExportWorkbook } from "./readExportWorkbook.ts";
import { inertCsvText } from "../../exports/safety/inertCsvText.ts";
import { hasFormulaTrigger } from "../../exports/safety/hasFormulaTrigger.ts";
import { tableToCsv } from "../../exports/table/tableToCsv.ts";
import { writeCellValue } from "../../exports/xlsx/writeCellValue.ts";

const STRINGS = Object.values(HOSTILE);

let exportsDir: string;

beforeAll(async () => {
  exportsDir = join((await exportGiven()).outDir, "exports");
});

describe("formula injection (OWASP ASVS 1.2.10)", () => {
  it("recognises text that is, or has a line that is, formula-like", () => {
    expect(STRINGS.every(hasFormulaTrigger)).toBe(true);
    expect(["Cổng dịch vụ công", "a-b", "x=1", "125/QĐ-UBND", "a\nb", ""].some(hasFormulaTrigger)).toBe(false);
  });

  it("prefixes a ' to the text and to every line of it that a spreadsheet would run, in CSV", () => {
    expect(STRINGS.map(inertCsvText)).toEqual([
      `'${HOSTILE.hyperlink}`, "'+84912345678", "'-1+1", "'@SUM(A1:A2)", "'\tx", "'\rx", "a\n'=1",
    ]);
    expect(inertCsvText("a\r\n+1\r-2\n@3")).toBe("a\r\n'+1\r'-2\n'@3");
    expect(inertCsvText("Bộ Y tế")).toBe("Bộ Y tế");
  });

  it("keeps real numbers numbers in CSV, negative ones included, and quotes what RFC 4180 requires", () => {
    const csv = tableToCsv({
      columns: [{ header: "Tên", kind: "text", width: 10 }, { header: "Thay đổi", kind: "rankChange", width: 5 }, { header: "Tỷ lệ", kind: "rate", width: 5 }],
      rows: [{ values: ["-1+1", -2, 0.5] }, { values: ['=HYPERLINK("x")', null, 2 / 3] }, { values: ["a\n=1", 3, null] }],
    });
    expect(csv.toString("utf8")).toBe("\uFEFFTên,Thay đổi,Tỷ lệ\r\n'-1+1,-2,0.5\r\n\"'=HYPERLINK(\"\"x\"\")\",,0.666667\r\n\"a\n'=1\",3,\r\n");
  });

  it("writes hostile text into xlsx as string cells with the Text format, adding no character; numbers stay numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    STRINGS.forEach((s, i) => writeCellValue(sheet.getCell(i + 1, 1), s));
    writeCellValue(sheet.getCell(1, 2), -1, "rankChange");
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const back = read.getWorksheet("S")!;
    STRINGS.forEach((s, i) => {
      const cell = back.getCell(i + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe("@");
      // A cell holds line breaks as LF: a carriage return is kept as a line break, nothing is added.
      expect(cell.value).toBe(s.replace(/\r\n?/g, "\n"));
    });
    expect(back.getCell(1, 2).type).toBe(ExcelJS.ValueType.Number);
    expect(back.getCell(1, 2).value).toBe(-1);
  });

  it("drops the control characters XML cannot carry, so that a workbook with such text still opens", async () => {
    const workbook = new ExcelJS.Workbook();
    writeCellValue(workbook.addWorksheet("S").getCell("A1"), "Hệ\u0000 thống\u0001\u001F\uFFFE");
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    expect(read.getWorksheet("S")!.getCell("A1").value).toBe("Hệ thống");
  });

  it("leaves the hostile system names of a submission inert in the compliance workbook", async () => {
    const workbook = await readExportWorkbook(join(exportsDir, "tuan-thu-2024-09-T01.xlsx"));
    const systems = workbook.getWorksheet("Hệ thống thông tin")!;
    const names = new Map<string, ExcelJS.Cell>();
    systems.eachRow((row) => {
      const cell = row.getCell(3);
      if (typeof cell.value === "string") names.set(cell.value, cell);
    });
    for (const s of STRINGS) {
      const cell = names.get(s.replace(/\r\n?/g, "\n"));
      expect(cell, JSON.stringify(s)).toBeDefined();
      expect(cell!.type).toBe(ExcelJS.ValueType.String);
      expect(cell!.numFmt).toBe("@");
    }
    // No cell of any exported workbook is a formula.
    for (const name of ["tuan-thu-2024-09-T01.xlsx", "xep-hang-2024-09.xlsx"]) {
      const wb = await readExportWorkbook(join(exportsDir, name));
      wb.eachSheet((s) => s.eachRow((row) => row.eachCell((cell) => {
        expect(cell.type, `${name} ${s.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === "string") expect(cell.numFmt).toBe("@");
      })));
    }
  });

  it("leaves the hostile system names, codes and evidence inert in the compliance CSV", () => {
    const text = readFileSync(join(exportsDir, "tuan-thu-2024-09.csv"), "utf8").slice(1);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.filter((r) => r["Mã cơ quan"] === "T01");
    const names = new Set(rows.map((r) => r["Tên hệ thống thông tin"]));
    expect([...names].sort()).toEqual([`'${HOSTILE.hyperlink}`, "'+84912345678", "'-1+1", "'@SUM(A1:A2)", "'\tx", "'\rx", "a\n'=1"].sort());
    expect(rows.find((r) => r["Mã HTTT"] === "'-HT05")).toBeDefined();
    expect(rows.find((r) => r["Mã HTTT"] === "'@cmd")).toBeDefined();
    expect(rows.some((r) => r["Thông tin trong báo cáo"] === 'Phê duyệt HSĐXCĐ: chưa phê duyệt ("Chưa\n\'@SUM(1)")')).toBe(true);
    // Every field, and every line of it, is inert.
    for (const row of rows) for (const value of Object.values(row)) expect(hasFormulaTrigger(value), JSON.stringify(value)).toBe(false);
  });
});
