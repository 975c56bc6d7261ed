import { describe, expect, it } from "vitest";
import { parseCount } from "../../pipeline/normalize/parseCount.ts";

const MISSING = { ok: false, reason: "missing", message: "thiếu số liệu — cần số nguyên ≥ 0" };
const notWhole = (shown: string) => ({
  ok: false,
  reason: "not-whole",
  message: `"${shown}" không phải số nguyên — số lượng phải là số nguyên ≥ 0`,
});
const negative = (shown: string) => ({
  ok: false,
  reason: "not-whole",
  message: `"${shown}" không hợp lệ — số lượng phải ≥ 0`,
});

describe("parseCount — numbers", () => {
  it("reads whole numbers ≥ 0", () => {
    expect(parseCount(0)).toEqual({ ok: true, n: 0 });
    expect(parseCount(12)).toEqual({ ok: true, n: 12 });
    expect(parseCount(12.0)).toEqual({ ok: true, n: 12 });
    expect(parseCount(1234567)).toEqual({ ok: true, n: 1234567 });
  });

  it("reads -0 as 0", () => {
    const r = parseCount(-0);
    expect(r).toEqual({ ok: true, n: 0 });
    expect(r.ok && Object.is(r.n, 0)).toBe(true);
  });

  it("tolerates float noise from formula results", () => {
    expect(parseCount(0.1 * 3 * 10)).toEqual({ ok: true, n: 3 });
    expect(parseCount(11.999999999999998)).toEqual({ ok: true, n: 12 });
  });

  it("rejects fractions, negatives and non-finite numbers", () => {
    expect(parseCount(12.5)).toEqual(notWhole("12.5"));
    expect(parseCount(0.001)).toEqual(notWhole("0.001"));
    expect(parseCount(-3)).toEqual(negative("-3"));
    expect(parseCount(Number.NaN)).toEqual(notWhole("NaN"));
    expect(parseCount(Number.POSITIVE_INFINITY)).toEqual(notWhole("Infinity"));
  });
});

describe("parseCount — text", () => {
  it.each([
    ["12", 12],
    [" 12 ", 12],
    ["0", 0],
    ["007", 7],
    ["12.0", 12],
    ["12,0", 12],
    ["1.234", 1234],
    ["1.234.567", 1234567],
    ["1 234", 1234],
    ["1\u00A0234", 1234],
    ["1 234 567", 1234567],
    ["1,234", 1234],
    ["1,234,567", 1234567],
    ["1.234,0", 1234],
    ["1,234.00", 1234],
    ["12".normalize("NFD"), 12],
  ] as const)("reads %j as %d", (s, n) => {
    expect(parseCount(s)).toEqual({ ok: true, n });
  });

  it.each(["12,5", "12.5", "1,2", "1.23", "1.2345", "1,2345", "1.234,5", "1.23.456", "12 hệ thống", "mười hai", "#N/A", "#VALUE!", "x", "--", "1 2"])(
    "reports %j as not whole, quoting it",
    (s) => {
      expect(parseCount(s)).toEqual(notWhole(s));
    },
  );

  it("reports negatives as not whole, saying the count must be ≥ 0", () => {
    expect(parseCount("-3")).toEqual(negative("-3"));
    expect(parseCount("- 3")).toEqual(negative("- 3"));
    expect(parseCount("−3")).toEqual(negative("−3"));
    expect(parseCount("-1.234")).toEqual(negative("-1.234"));
  });

  it.each([null, undefined, "", "  ", "-", " - ", "–", "—", "\u00A0"])("reports %j as missing", (v) => {
    expect(parseCount(v)).toEqual(MISSING);
  });

  it("rejects booleans and dates as not whole", () => {
    expect(parseCount(true)).toEqual(notWhole("TRUE"));
    expect(parseCount(new Date(Date.UTC(2024, 6, 15)))).toEqual(notWhole("15/07/2024"));
  });
});
