import { describe, expect, it } from "vitest";
import { foldText } from "../../pipeline/normalize/foldText.ts";

describe("foldText", () => {
  it("folds a header label across lines", () => {
    expect(foldText("  Tình trạng phê\nduyệt HSĐXCĐ ")).toBe("tinh trang phe duyet hsdxcd");
  });

  it("maps đ and Đ to d", () => {
    expect(foldText("Đơn vị đề xuất")).toBe("don vi de xuat");
  });

  it("removes every Vietnamese diacritic, including horn and breve", () => {
    expect(foldText("ƯỚC ƠN Ắ Ầ Ễ Ộ Ự Ỳ")).toBe("uoc on a a e o u y");
    expect(foldText("Bộ Thông tin và Truyền thông")).toBe("bo thong tin va truyen thong");
    expect(foldText("Ủy ban nhân dân Tỉnh Kon Tum")).toBe("uy ban nhan dan tinh kon tum");
  });

  it("folds old and new tone placement equally", () => {
    expect(foldText("Thanh Hoá")).toBe(foldText("Thanh Hóa"));
    expect(foldText("Thanh Hoá")).toBe("thanh hoa");
    expect(foldText("Khánh Hoà")).toBe(foldText("Khánh Hòa"));
  });

  it("folds NFD input like NFC input", () => {
    const label = "Tỷ lệ phê duyệt (%)";
    expect(foldText(label.normalize("NFD"))).toBe(foldText(label));
    expect(foldText(label.normalize("NFD"))).toBe("ty le phe duyet (%)");
  });

  it("collapses NBSP and zero-width spaces", () => {
    expect(foldText("Cấp\u00A0độ\u200BATTT")).toBe("cap do attt");
  });

  it("keeps punctuation and digits", () => {
    expect(foldText("Bộ TT&TT")).toBe("bo tt&tt");
    expect(foldText("TP. Hồ Chí Minh")).toBe("tp. ho chi minh");
    expect(foldText("125/QĐ-UBND")).toBe("125/qd-ubnd");
  });

  it("returns empty for blank input", () => {
    expect(foldText(" \n ")).toBe("");
  });
});
