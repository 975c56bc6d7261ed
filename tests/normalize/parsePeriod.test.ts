import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../pipeline/normalize/parsePeriod.ts";

const EXPECTED = `cần dạng "Tháng 8/2024", "08/2024" hoặc "Quý III/2024"`;

describe("parsePeriod — months", () => {
  it.each([
    "Tháng 8/2024",
    "Tháng 08/2024",
    "Tháng 08 năm 2024",
    "tháng 8 - 2024",
    "tháng 8 – 2024",
    "THÁNG 8/2024",
    "Tháng 8 / 2024",
    "Tháng 8, năm 2024",
    "Tháng 8 2024",
    "T8/2024",
    "t08-2024",
    "08/2024",
    "8/2024",
    "8-2024",
    "8.2024",
    "2024-08",
    "2024/08",
    "2024-8",
    "  Tháng\u00A08/2024 ",
    "Tháng 8/2024.",
    "Tháng 8/2024:",
    "Tháng 8/2024".normalize("NFD"),
    "Tháng 08 năm 2024".normalize("NFD"),
  ])("reads %j as 2024-08", (s) => {
    expect(parsePeriod(s)).toEqual({ ok: true, period: "2024-08", quarterly: false });
  });

  it("pads one-digit months and reads two-digit months", () => {
    expect(parsePeriod("Tháng 1/2025")).toEqual({ ok: true, period: "2025-01", quarterly: false });
    expect(parsePeriod("12/2024")).toEqual({ ok: true, period: "2024-12", quarterly: false });
    expect(parsePeriod("Tháng 10 năm 2023")).toEqual({ ok: true, period: "2023-10", quarterly: false });
  });

  it("accepts the year bounds 2000 and 2100", () => {
    expect(parsePeriod("01/2000")).toEqual({ ok: true, period: "2000-01", quarterly: false });
    expect(parsePeriod("12/2100")).toEqual({ ok: true, period: "2100-12", quarterly: false });
  });
});

describe("parsePeriod — quarters", () => {
  it.each([
    "Quý III/2024",
    "Quý 3 năm 2024",
    "Quý III năm 2024",
    "Q3/2024",
    "Q3-2024",
    "Quý 3/2024",
    "quý iii/2024",
    "QUÝ III/2024",
    "Quý III - 2024",
    "Quý III/2024".normalize("NFD"),
  ])("reads %j as the quarter's last month 2024-09", (s) => {
    expect(parsePeriod(s)).toEqual({ ok: true, period: "2024-09", quarterly: true });
  });

  it("maps every quarter to its last month", () => {
    expect(parsePeriod("Quý I/2024")).toEqual({ ok: true, period: "2024-03", quarterly: true });
    expect(parsePeriod("Quý II/2024")).toEqual({ ok: true, period: "2024-06", quarterly: true });
    expect(parsePeriod("Quý IV/2024")).toEqual({ ok: true, period: "2024-12", quarterly: true });
    expect(parsePeriod("Q4/2024")).toEqual({ ok: true, period: "2024-12", quarterly: true });
    expect(parsePeriod("Quý 1 năm 2025")).toEqual({ ok: true, period: "2025-03", quarterly: true });
  });

  it("rejects a fifth quarter", () => {
    expect(parsePeriod("Quý V/2024")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parsePeriod("Q5/2024")).toMatchObject({ ok: false, reason: "unreadable" });
  });
});

describe("parsePeriod — cell types", () => {
  it("reads a Date cell as its UTC year-month", () => {
    expect(parsePeriod(new Date(Date.UTC(2024, 7, 1)))).toEqual({ ok: true, period: "2024-08", quarterly: false });
    expect(parsePeriod(new Date(Date.UTC(2024, 11, 31)))).toEqual({ ok: true, period: "2024-12", quarterly: false });
  });

  it("rejects a Date outside 2000–2100 and an invalid Date", () => {
    expect(parsePeriod(new Date(Date.UTC(1999, 7, 1)))).toEqual({
      ok: false,
      reason: "unreadable",
      message: `kỳ báo cáo "01/08/1999" không đọc được — năm phải từ 2000 đến 2100`,
    });
    expect(parsePeriod(new Date(Number.NaN))).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it("reads an Excel serial for 2000–2100 as that date's month", () => {
    expect(parsePeriod(45505)).toEqual({ ok: true, period: "2024-08", quarterly: false }); // 01/08/2024
    expect(parsePeriod(45535)).toEqual({ ok: true, period: "2024-08", quarterly: false }); // 31/08/2024
    expect(parsePeriod(45505.5)).toEqual({ ok: true, period: "2024-08", quarterly: false });
    expect(parsePeriod(36526)).toEqual({ ok: true, period: "2000-01", quarterly: false });
  });

  it("rejects serials outside 2000–2100", () => {
    expect(parsePeriod(36525)).toEqual({
      ok: false,
      reason: "unreadable",
      message: `kỳ báo cáo "36525" không đọc được — ${EXPECTED}`,
    });
    expect(parsePeriod(8)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parsePeriod(73416)).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it("reads a number cell that was typed as month.year", () => {
    expect(parsePeriod(8.2024)).toEqual({ ok: true, period: "2024-08", quarterly: false });
    expect(parsePeriod(10.202)).toEqual({ ok: true, period: "2020-10", quarterly: false });
    expect(parsePeriod(12.5)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parsePeriod(13.2024)).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it("reads a number 2000–2100 as a whole year", () => {
    expect(parsePeriod(2024)).toMatchObject({ ok: false, reason: "year" });
  });

  it("rejects booleans", () => {
    expect(parsePeriod(true)).toEqual({
      ok: false,
      reason: "unreadable",
      message: `kỳ báo cáo "TRUE" không đọc được — ${EXPECTED}`,
    });
  });
});

describe("parsePeriod — rejections", () => {
  it.each([null, undefined, "", "   ", "\u00A0\n"])("reports %j as missing", (v) => {
    expect(parsePeriod(v)).toEqual({ ok: false, reason: "missing", message: `thiếu kỳ báo cáo — ${EXPECTED}` });
  });

  it.each(["6 tháng đầu năm 2024", "6 tháng cuối năm", "6 tháng cuối năm 2024", "Bán niên 2024", "BÁN NIÊN 2024", "Sáu tháng đầu năm 2024"])(
    "reports %j as half-year",
    (s) => {
      const r = parsePeriod(s);
      expect(r).toMatchObject({ ok: false, reason: "half-year" });
      expect(r.ok ? "" : r.message).toContain(`"${s}"`);
    },
  );

  it("words the half-year message", () => {
    expect(parsePeriod("6 tháng đầu năm 2024")).toEqual({
      ok: false,
      reason: "half-year",
      message: `kỳ báo cáo "6 tháng đầu năm 2024" là nửa năm — cần kỳ báo cáo theo tháng hoặc quý, ví dụ "Tháng 8/2024" hoặc "Quý III/2024"`,
    });
  });

  it.each(["Năm 2024", "năm 2024", "2024", "Cả năm 2024", "Năm 2024."])("reports %j as a whole year", (s) => {
    expect(parsePeriod(s)).toEqual({
      ok: false,
      reason: "year",
      message: `kỳ báo cáo "${s}" là cả năm — cần kỳ báo cáo theo tháng hoặc quý, ví dụ "Tháng 8/2024" hoặc "Quý III/2024"`,
    });
  });

  it("quotes the value and says what is expected for an impossible month", () => {
    expect(parsePeriod("13/2024")).toEqual({
      ok: false,
      reason: "unreadable",
      message: `kỳ báo cáo "13/2024" không đọc được — ${EXPECTED}`,
    });
    expect(parsePeriod("Tháng 0/2024")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parsePeriod("2024-13")).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it("rejects years outside 2000–2100 with a specific message", () => {
    expect(parsePeriod("Tháng 8/1999")).toEqual({
      ok: false,
      reason: "unreadable",
      message: `kỳ báo cáo "Tháng 8/1999" không đọc được — năm phải từ 2000 đến 2100`,
    });
    expect(parsePeriod("08/2101")).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it.each([
    "Tháng 8",
    "8/24",
    "Tháng 82024",
    "15/08/2024",
    "Aug 2024",
    "tháng tám 2024",
    "Kỳ báo cáo: Tháng 8/2024",
    "abc",
  ])("reports %j as unreadable, quoting it", (s) => {
    expect(parsePeriod(s)).toEqual({
      ok: false,
      reason: "unreadable",
      message: `kỳ báo cáo "${s}" không đọc được — ${EXPECTED}`,
    });
  });

  it("quotes the NFC, single-spaced form of the value", () => {
    const r = parsePeriod("Tháng\n13/2024".normalize("NFD"));
    expect(r).toEqual({ ok: false, reason: "unreadable", message: `kỳ báo cáo "Tháng 13/2024" không đọc được — ${EXPECTED}` });
  });
});
