import { describe, expect, it } from "vitest";
import { canonicalForm } from "../../exports/reuse/canonicalForm.ts";

const LEGAL_BASIS = "Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ";

describe("canonicalForm (what an export's input key hashes)", () => {
  it("reads the same whatever order an object's keys were set in, and leaves out undefined", () => {
    expect(canonicalForm({ b: 1, a: [null, "x"], c: undefined })).toBe(canonicalForm({ a: [null, "x"], b: 1 }));
    expect(canonicalForm({ b: 1, a: [null, "x"] })).toBe('{"a":[null,"x"],"b":1}');
  });

  it("writes a long text met again as a reference to its first appearance", () => {
    expect(canonicalForm([LEGAL_BASIS, "ngắn", LEGAL_BASIS, "ngắn"])).toBe(`[${JSON.stringify(LEGAL_BASIS)},"ngắn",@0,"ngắn"]`);
  });

  it("tells different data apart, including a text that looks like a reference", () => {
    const forms = [
      [LEGAL_BASIS, LEGAL_BASIS], [LEGAL_BASIS, "@0"], [LEGAL_BASIS, `${LEGAL_BASIS}.`], [1, 2], [1, "2"], [1, null], [[1], 2], [{ a: 1 }], [{ a: "1" }],
    ].map(canonicalForm);
    expect(new Set(forms).size).toBe(forms.length);
  });
});
