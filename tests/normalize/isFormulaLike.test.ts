import { describe, expect, it } from "vitest";
import { isFormulaLike } from "../../pipeline/normalize/isFormulaLike.ts";

describe("isFormulaLike", () => {
  it.each(["=SUM(A1:A3)", "+84 912", "-1", "@cmd", "\tx", "\rx", "=", "-"])("flags %j", (s) => {
    expect(isFormulaLike(s)).toBe(true);
  });

  it.each(["", "Hệ thống", "125/QĐ-UBND", " =SUM(A1)", "1+1", "x=1", "\nx", "'=1"])("does not flag %j", (s) => {
    expect(isFormulaLike(s)).toBe(false);
  });
});
