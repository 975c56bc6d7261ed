import { describe, expect, it } from "vitest";
import { statusKey } from "../../pipeline/normalize/statusKey.ts";

describe("statusKey", () => {
  it("normalizes and lowercases, keeping diacritics", () => {
    expect(statusKey("  ĐÃ  Phê\nDUYỆT ")).toBe("đã phê duyệt");
    expect(statusKey("Có".normalize("NFD"))).toBe("có");
    expect(statusKey("Co")).toBe("co");
  });

  it("gives blank values the empty key", () => {
    expect(statusKey(null)).toBe("");
    expect(statusKey(undefined)).toBe("");
    expect(statusKey(" \u00A0")).toBe("");
  });

  it("gives numbers, booleans and dates keys that no word can equal", () => {
    expect(statusKey(1)).toBe("number:1");
    expect(statusKey(true)).toBe("boolean:true");
    expect(statusKey(new Date(0))).toBe("date:0");
  });
});
