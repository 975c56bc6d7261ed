import { describe, expect, it } from "vitest";
import { normalizeText } from "../../pipeline/normalize/normalizeText.ts";

describe("normalizeText", () => {
  it("trims and collapses spaces", () => {
    expect(normalizeText("  Tên   hệ thống  ")).toBe("Tên hệ thống");
  });

  it("collapses tabs, CR/LF, NBSP and zero-width spaces into one space", () => {
    expect(normalizeText("Tình trạng\r\nphê\tduyệt")).toBe("Tình trạng phê duyệt");
    expect(normalizeText("Cấp\u00A0độ")).toBe("Cấp độ");
    expect(normalizeText("Cấp\u200Bđộ")).toBe("Cấp độ");
    expect(normalizeText("\uFEFFSTT")).toBe("STT");
    expect(normalizeText("a \u00A0\u200B\n b")).toBe("a b");
    expect(normalizeText("a\u2060b\u202Fc\u3000d")).toBe("a b c d");
  });

  it("composes to NFC", () => {
    const nfd = "Tình trạng".normalize("NFD");
    expect(nfd).not.toBe("Tình trạng");
    expect(normalizeText(nfd)).toBe("Tình trạng");
    expect(normalizeText(nfd).length).toBe("Tình trạng".length);
  });

  it("keeps case and diacritics", () => {
    expect(normalizeText("Đã Phê Duyệt")).toBe("Đã Phê Duyệt");
  });

  it("returns empty for blank input", () => {
    expect(normalizeText("")).toBe("");
    expect(normalizeText(" \t\r\n\u00A0\u200B ")).toBe("");
  });
});
