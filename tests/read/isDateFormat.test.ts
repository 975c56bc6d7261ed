import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { isDateFormat } from "../../pipeline/read/xlsx/isDateFormat.ts";
import { excelSerialToDate } from "../../pipeline/read/xlsx/excelSerialToDate.ts";
import { BUILT_IN_NUMBER_FORMATS } from "../../pipeline/read/xlsx/builtInNumberFormats.ts";

// exceljs' own rules, which the fast reader copies.
const require = createRequire(import.meta.url);
const utils = require("exceljs/lib/utils/utils.js") as { isDateFmt(fmt: string | undefined): boolean; excelToDate(v: unknown, date1904: boolean): Date };
const defaultFormats = require("exceljs/lib/xlsx/defaultnumformats.js") as Record<string, { f?: string }>;

describe("isDateFormat", () => {
  const formats = [
    undefined, "", "General", "0", "0.00", "#,##0", "0%", "0.0%", "@", "mm-dd-yy", "dd/mm/yyyy", "d-mmm-yy", "h:mm AM/PM", "[h]:mm:ss", "mm:ss",
    'm/d/yy "h":mm', '"Ngày" d', '"Tháng" 0', "[Red]0", "[$-409]mmm", "[$-F800]dddd", "#,##0 ;[Red](#,##0)", "0.00E+00", "Standard", "yyyy", "MM", "b", "Bảng",
  ];

  it.each(formats)("decides %j as exceljs does", (format) => {
    expect(isDateFormat(format)).toBe(utils.isDateFmt(format));
  });

  it("sees a date in day, month, year, hour, second and Buddhist-year codes, not in quoted or bracketed text", () => {
    expect(["dd/mm/yyyy", "h:mm", "ss", "b", "M"].every(isDateFormat)).toBe(true);
    expect(['"Ngày"', "[Red]0.0", "0.00%", "General", "@"].some(isDateFormat)).toBe(false);
  });
});

describe("built-in number formats", () => {
  it("are exceljs' table, entry for entry (ids without a code left out)", () => {
    const expected = Object.entries(defaultFormats).filter(([, v]) => v.f).map(([id, v]) => [Number(id), v.f]);
    expect([...BUILT_IN_NUMBER_FORMATS]).toEqual(expected);
  });
});

describe("excelSerialToDate", () => {
  it.each([0, 1, 59, 60, 61, 25569, 45519, 45519.5, 45519.999994, 44057.25, -1, 2958465.9999999, NaN])("converts %s as exceljs does, in both date systems", (serial) => {
    for (const date1904 of [false, true]) {
      expect(excelSerialToDate(serial, date1904).getTime()).toEqual(utils.excelToDate(serial, date1904).getTime());
    }
  });

  it("coerces non-numbers like exceljs (a text or error formula result in a date cell becomes an Invalid Date)", () => {
    expect(excelSerialToDate("45519", false)).toEqual(utils.excelToDate("45519", false));
    expect(Number.isNaN(excelSerialToDate("abc", false).getTime())).toBe(true);
    expect(Number.isNaN(excelSerialToDate({ error: "#N/A" }, false).getTime())).toBe(true);
    expect(excelSerialToDate(45519, false)).toEqual(new Date(Date.UTC(2024, 7, 15)));
  });
});
