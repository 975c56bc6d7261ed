import { describe, expect, it } from "vitest";
import { showValue } from "../../pipeline/normalize/showValue.ts";

describe("showValue", () => {
  it("shows each kind of cell as quoted in messages", () => {
    expect(showValue("  Cấp\n độ\u00A06 ")).toBe("Cấp độ 6");
    expect(showValue("Hoá".normalize("NFD"))).toBe("Hoá");
    expect(showValue(3.5)).toBe("3.5");
    expect(showValue(true)).toBe("TRUE");
    expect(showValue(false)).toBe("FALSE");
    expect(showValue(new Date(Date.UTC(2024, 6, 5, 23)))).toBe("05/07/2024");
    expect(showValue(new Date(Number.NaN))).toBe("ngày không hợp lệ");
    expect(showValue(null)).toBe("");
    expect(showValue(undefined)).toBe("");
  });
});
