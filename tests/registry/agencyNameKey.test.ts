import { describe, expect, it } from "vitest";
import { agencyNameKey } from "../../pipeline/registry/agencyNameKey.ts";

const key = (name: string, period: string | null = "2024-08") => agencyNameKey(name, period).key;

describe("agencyNameKey", () => {
  it("folds case, diacritics, đ, punctuation and spaces", () => {
    expect(key("Bộ Thông tin & Truyền thông")).toBe("bothongtinvatruyenthong");
    expect(key("Bộ Giáo dục và Đào tạo")).toBe("bogiaoducvadaotao");
    expect(key("Bộ Lao động - Thương binh và Xã hội")).toBe(key("Bộ Lao động, Thương binh và Xã hội"));
    expect(key("Thanh Hoá")).toBe(key("Thanh Hóa".normalize("NFD")));
    expect(key('"Bộ Y tế" (BYT)')).toBe("boytebyt");
  });

  it("strips stacked administrative and department prefixes, and says so", () => {
    expect(agencyNameKey("UBND tỉnh Kon Tum", null)).toEqual({ key: "kontum", stripped: true });
    expect(agencyNameKey("Kon Tum", null)).toEqual({ key: "kontum", stripped: false });
    expect(key("Ủy ban nhân dân Tỉnh Kon Tum")).toBe("kontum");
    expect(key("Sở TT&TT tỉnh Kon Tum")).toBe("kontum");
    expect(key("Sở TT và TT - UBND TP. Hồ Chí Minh")).toBe("hochiminh");
    expect(key("TP.HCM")).toBe("hcm");
  });

  it("keeps prefix words that are part of a name", () => {
    expect(key("Thanh Hóa")).toBe("thanhhoa");
    expect(key("Thanh tra Chính phủ")).toBe("thanhtrachinhphu");
    expect(key("Ủy ban Dân tộc")).toBe("uybandantoc");
    expect(key("Sở Du lịch tỉnh ABC")).toBe("sodulichtinhabc");
  });

  it("strips the Department of Science and Technology only from 2025-03", () => {
    expect(key("Sở KH&CN tỉnh Nghệ An", "2025-02")).toBe("sokhvacntinhnghean");
    expect(key("Sở KH&CN tỉnh Nghệ An", "2025-03")).toBe("nghean");
    expect(key("Sở Khoa học và Công nghệ Nghệ An", null)).toBe("sokhoahocvacongnghenghean");
  });
});
