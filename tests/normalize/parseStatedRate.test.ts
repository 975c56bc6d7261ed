import { describe, expect, it } from "vitest";
import { parseStatedRate } from "../../pipeline/normalize/parseStatedRate.ts";

const candidates = (...c: number[]) => ({ ok: true, candidates: c });

describe("parseStatedRate — text", () => {
  it.each([
    ["51,2%", [51.2]],
    ["51,2 %", [51.2]],
    ["78,5", [78.5]],
    ["78.5 %", [78.5]],
    ["78.5", [78.5]],
    ["100%", [100]],
    ["100", [100]],
    ["0%", [0]],
    ["0", [0]],
    ["20,9%", [20.9]],
    [" 69,2 % ", [69.2]],
    ["0,5%", [0.5]],
    [",5%", [0.5]],
    ["0,692", [69.2, 0.692]],
    ["1", [100, 1]],
  ] as const)("reads %j as %j", (s, c) => {
    expect(parseStatedRate(s)).toEqual(candidates(...c));
  });

  it.each([null, undefined, "", "  ", "-", "–", "—"])("reports %j as missing", (v) => {
    expect(parseStatedRate(v)).toEqual({ ok: false, reason: "missing" });
  });

  it.each(["cao", "#DIV/0!", "1.234,5", "51,2%%", "%", "50-60%", "12,5,3"])("reports %j as unreadable", (s) => {
    expect(parseStatedRate(s)).toEqual({ ok: false, reason: "unreadable" });
  });
});

describe("parseStatedRate — numbers", () => {
  it("reads an Excel percent cell", () => {
    expect(parseStatedRate(0.692, "0.0%")).toEqual(candidates(69.2));
    expect(parseStatedRate(0.209, "0%")).toEqual(candidates(20.9));
    expect(parseStatedRate(1, "0.00%")).toEqual(candidates(100));
    expect(parseStatedRate(0, "0%")).toEqual(candidates(0));
  });

  it("returns both readings for a bare number ≤ 1", () => {
    expect(parseStatedRate(0.692)).toEqual(candidates(69.2, 0.692));
    expect(parseStatedRate(0.5, "General")).toEqual(candidates(50, 0.5));
    expect(parseStatedRate(1)).toEqual(candidates(100, 1));
  });

  it("reads a bare number > 1 as percent", () => {
    expect(parseStatedRate(69.2)).toEqual(candidates(69.2));
    expect(parseStatedRate(100, "0.0")).toEqual(candidates(100));
    expect(parseStatedRate(1.5)).toEqual(candidates(1.5));
  });

  it("reads 0 as a single candidate", () => {
    expect(parseStatedRate(0)).toEqual(candidates(0));
  });

  it("rejects non-finite numbers, booleans and dates", () => {
    expect(parseStatedRate(Number.NaN)).toEqual({ ok: false, reason: "unreadable" });
    expect(parseStatedRate(true)).toEqual({ ok: false, reason: "unreadable" });
    expect(parseStatedRate(new Date(Date.UTC(2024, 0, 1)))).toEqual({ ok: false, reason: "unreadable" });
  });
});
