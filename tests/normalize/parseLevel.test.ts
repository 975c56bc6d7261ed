import { describe, expect, it } from "vitest";
import { parseLevel } from "../../pipeline/normalize/parseLevel.ts";

describe("parseLevel", () => {
  it.each([1, 2, 3, 4, 5])("reads the number %d", (n) => {
    expect(parseLevel(n)).toEqual({ ok: true, level: n });
  });

  it("reads 3.0 as 3", () => {
    expect(parseLevel(3.0)).toEqual({ ok: true, level: 3 });
    expect(parseLevel("3.0")).toEqual({ ok: true, level: 3 });
    expect(parseLevel("3,0")).toEqual({ ok: true, level: 3 });
  });

  it.each([
    " 3 ",
    "3",
    "Cấp độ 3",
    "cấp độ 3",
    "CẤP ĐỘ 3",
    "Cấp 3",
    "cấp độ III",
    "Cấp độ III",
    "CĐ3",
    "CĐ 3",
    "cđ3",
    "III",
    "iii",
    "Level 3",
    "level 3",
    "Cấp độ: 3",
    "Cấp\u00A0độ\n3",
    "Cấp độ 3".normalize("NFD"),
  ])("reads %j as 3", (s) => {
    expect(parseLevel(s)).toEqual({ ok: true, level: 3 });
  });

  it("reads every Roman numeral", () => {
    expect(parseLevel("I")).toEqual({ ok: true, level: 1 });
    expect(parseLevel("ii")).toEqual({ ok: true, level: 2 });
    expect(parseLevel("IV")).toEqual({ ok: true, level: 4 });
    expect(parseLevel("v")).toEqual({ ok: true, level: 5 });
    expect(parseLevel("Cấp độ V")).toEqual({ ok: true, level: 5 });
  });

  it.each([
    [0, "0"],
    [6, "6"],
    [3.5, "3.5"],
    [-3, "-3"],
    [Number.NaN, "NaN"],
    ["6", "6"],
    ["0", "0"],
    ["-1", "-1"],
    ["3,5", "3,5"],
    ["3.5", "3.5"],
    ["cao", "cao"],
    ["VI", "VI"],
    ["IIII", "IIII"],
    ["Cấp độ 6", "Cấp độ 6"],
    ["Cấp độ", "Cấp độ"],
    ["3 4", "3 4"],
    ["33", "33"],
    [true, "TRUE"],
  ] as const)("rejects %j as invalid, quoting it", (v, shown) => {
    expect(parseLevel(v)).toEqual({
      ok: false,
      reason: "invalid",
      message: `"${shown}" không hợp lệ — cấp độ phải từ 1 đến 5`,
    });
  });

  it("rejects a Date as invalid", () => {
    expect(parseLevel(new Date(Date.UTC(1900, 0, 3)))).toMatchObject({ ok: false, reason: "invalid" });
  });

  it.each([null, undefined, "", "   ", "\t\u00A0"])("reports %j as missing", (v) => {
    expect(parseLevel(v)).toEqual({ ok: false, reason: "missing", message: "thiếu cấp độ — cấp độ phải từ 1 đến 5" });
  });
});
