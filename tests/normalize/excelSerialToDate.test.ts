import { describe, expect, it } from "vitest";
import { excelSerialToDate } from "../../pipeline/normalize/excelSerialToDate.ts";

describe("excelSerialToDate", () => {
  it("follows Excel's 1900 date system around the fictitious 29/02/1900", () => {
    expect(excelSerialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(excelSerialToDate(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });

  it("reads modern serials", () => {
    expect(excelSerialToDate(36526)).toEqual({ year: 2000, month: 1, day: 1 });
    expect(excelSerialToDate(45481)).toEqual({ year: 2024, month: 7, day: 8 });
    expect(excelSerialToDate(45352)).toEqual({ year: 2024, month: 3, day: 1 });
    expect(excelSerialToDate(45351)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("ignores the time of day and float noise", () => {
    expect(excelSerialToDate(45481.75)).toEqual({ year: 2024, month: 7, day: 8 });
    expect(excelSerialToDate(45481.99999999999)).toEqual({ year: 2024, month: 7, day: 9 });
  });

  it("rejects serials below 1 and non-finite numbers", () => {
    expect(excelSerialToDate(0)).toBeNull();
    expect(excelSerialToDate(-5)).toBeNull();
    expect(excelSerialToDate(Number.NaN)).toBeNull();
    expect(excelSerialToDate(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
