import { describe, expect, it } from "vitest";
import { parseYear } from "../../pipeline/normalize/parseYear.ts";

describe("parseYear", () => {
  it.each([
    [2023, 2023],
    [2023.0, 2023],
    ["2023", 2023],
    [" 2023 ", 2023],
    ["Năm 2023", 2023],
    ["năm 2023", 2023],
    ["Năm 2023".normalize("NFD"), 2023],
    ["2023.", 2023],
    ["1990", 1990],
    ["2100", 2100],
  ] as const)("reads %j as %d", (v, y) => {
    expect(parseYear(v)).toBe(y);
  });

  it("reads a Date by its UTC year", () => {
    expect(parseYear(new Date(Date.UTC(2023, 10, 20)))).toBe(2023);
    expect(parseYear(new Date(Date.UTC(2023, 11, 31, 23, 59)))).toBe(2023);
  });

  it.each([
    ["20/11/2023", 2023],
    ["2023-11-20", 2023],
    ["ngày 20 tháng 11 năm 2023", 2023],
    ["Tháng 11/2023", 2023],
    ["11/2023", 2023],
    ["Quý IV/2023", 2023],
  ] as const)("reads the year of the date or month %j", (s, y) => {
    expect(parseYear(s)).toBe(y);
  });

  it("takes the latest of several years", () => {
    expect(parseYear("2022, 2023")).toBe(2023);
    expect(parseYear("2023; 2021")).toBe(2023);
    expect(parseYear("Năm 2022 và năm 2024")).toBe(2024);
  });

  it.each([
    null,
    undefined,
    "",
    "  ",
    "Chưa diễn tập",
    "Không",
    "x",
    "-",
    true,
    2023.5,
    1989,
    2101,
    "1989",
    "Năm 1989",
    "45481",
    45481,
    "23",
    new Date(Number.NaN),
    new Date(Date.UTC(1989, 0, 1)),
  ])("reads %j as null", (v) => {
    expect(parseYear(v)).toBeNull();
  });
});
