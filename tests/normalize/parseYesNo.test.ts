import { describe, expect, it } from "vitest";
import { parseYesNo } from "../../pipeline/normalize/parseYesNo.ts";

describe("parseYesNo", () => {
  it.each(["Có", "có", "CÓ", "x", "X", "✓", "✔", "Đã kết nối", "đã kết nối", " Đã\u00A0kết nối ", "Có".normalize("NFD")])("reads %j as yes", (s) => {
    expect(parseYesNo(s)).toBe("yes");
  });

  it.each(["Không", "KHÔNG", "Chưa", "chưa", "Chưa kết nối", "chưa kết nối"])("reads %j as no", (s) => {
    expect(parseYesNo(s)).toBe("no");
  });

  it.each([null, undefined, "", "   "])("reads %j as blank", (v) => {
    expect(parseYesNo(v)).toBe("blank");
  });

  it.each(["Co", "Khong", "Đang kết nối", "Yes", "no", "1", "0"])("reads %j as unknown", (s) => {
    expect(parseYesNo(s)).toBe("unknown");
  });

  it("maps booleans", () => {
    expect(parseYesNo(true)).toBe("yes");
    expect(parseYesNo(false)).toBe("no");
  });

  it("reads numbers as unknown", () => {
    expect(parseYesNo(1)).toBe("unknown");
  });
});
