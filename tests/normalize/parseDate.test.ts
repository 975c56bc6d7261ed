import { describe, expect, it } from "vitest";
import { parseDate } from "../../pipeline/normalize/parseDate.ts";

const EXPECTED = `cần dạng ngày/tháng/năm, ví dụ "15/07/2024"`;

describe("parseDate — text, day first", () => {
  it.each([
    "15/07/2024",
    "15/7/2024",
    "15-07-2024",
    "15-7-2024",
    "15.07.2024",
    "15.7.2024",
    "15 / 07 / 2024",
    "15/7/24",
    "15-07-24",
    "2024-07-15",
    "2024-7-15",
    "2024/07/15",
    "2024-07-15T00:00:00",
    "2024-07-15T10:30:00.000Z",
    "2024-07-15 10:30:00",
    "15/07/2024 10:30",
    "15/07/2024 10:30:15",
    "15/07/2024 10:30 AM",
    "ngày 15 tháng 7 năm 2024",
    "Ngày 15 tháng 07 năm 2024",
    "Hà Nội, ngày 15 tháng 07 năm 2024",
    "Kon Tum, ngày 15 tháng 7 năm 2024.",
    "15 tháng 7 năm 2024",
    "ngày 15/07/2024",
    "Ngày 15 tháng 7 năm 2024".normalize("NFD"),
    "  15/07/2024\u00A0",
    "15/07/2024.",
    "45488",
    "45488.25",
  ])("reads %j as 2024-07-15", (s) => {
    expect(parseDate(s)).toEqual({ ok: true, date: "2024-07-15" });
  });

  it("never reads month first", () => {
    expect(parseDate("03/04/2024")).toEqual({ ok: true, date: "2024-04-03" });
    expect(parseDate("1/2/2024")).toEqual({ ok: true, date: "2024-02-01" });
    expect(parseDate("07/15/2024")).toEqual({
      ok: false,
      reason: "unreadable",
      message: `ngày "07/15/2024" không hợp lệ — không có tháng 15`,
    });
  });

  it("reads two-digit years like Excel: 00–29 → 20xx, 30–99 → 19xx", () => {
    expect(parseDate("1/1/00")).toEqual({ ok: true, date: "2000-01-01" });
    expect(parseDate("31/12/29")).toEqual({ ok: true, date: "2029-12-31" });
    expect(parseDate("1/1/98")).toEqual({ ok: true, date: "1998-01-01" });
  });

  it("validates the calendar date", () => {
    expect(parseDate("31/02/2024")).toEqual({
      ok: false,
      reason: "unreadable",
      message: `ngày "31/02/2024" không hợp lệ — tháng 2/2024 không có ngày 31`,
    });
    expect(parseDate("29/02/2024")).toEqual({ ok: true, date: "2024-02-29" });
    expect(parseDate("29/02/2023")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate("29/02/2100")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate("31/04/2024")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate("00/01/2024")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate("2024-02-30")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate("ngày 32 tháng 1 năm 2024")).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it("rejects years outside 1950–2100", () => {
    expect(parseDate("15/07/1949")).toEqual({
      ok: false,
      reason: "unreadable",
      message: `ngày "15/07/1949" không đọc được — năm phải từ 1950 đến 2100`,
    });
    expect(parseDate("01/01/2101")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate("01/01/1950")).toEqual({ ok: true, date: "1950-01-01" });
    expect(parseDate("31/12/2100")).toEqual({ ok: true, date: "2100-12-31" });
  });

  it.each(["15/07", "2024", "15/07/202", "tháng 7/2024", "Q3/2024", "July 15, 2024", "15-Jul-2024", "chưa kiểm tra", "15/07/2024/1"])(
    "reports %j as unreadable, quoting it",
    (s) => {
      const r = parseDate(s);
      expect(r).toMatchObject({ ok: false, reason: "unreadable" });
      expect(r.ok ? "" : r.message).toContain(`"${s}"`);
    },
  );

  it("words the unreadable message", () => {
    expect(parseDate("chưa kiểm tra")).toEqual({
      ok: false,
      reason: "unreadable",
      message: `ngày "chưa kiểm tra" không đọc được — ${EXPECTED}`,
    });
  });

  it.each([null, undefined, "", "  ", "\n\u00A0"])("reports %j as missing", (v) => {
    expect(parseDate(v)).toEqual({ ok: false, reason: "missing", message: `thiếu ngày — ${EXPECTED}` });
  });
});

describe("parseDate — cells", () => {
  it("reads a Date by its UTC components", () => {
    expect(parseDate(new Date(Date.UTC(2024, 6, 15)))).toEqual({ ok: true, date: "2024-07-15" });
    expect(parseDate(new Date(Date.UTC(2024, 6, 15, 23, 59)))).toEqual({ ok: true, date: "2024-07-15" });
    expect(parseDate(new Date(Date.UTC(2024, 0, 1)))).toEqual({ ok: true, date: "2024-01-01" });
  });

  it("rejects an invalid Date and a Date outside 1950–2100", () => {
    expect(parseDate(new Date(Number.NaN))).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate(new Date(Date.UTC(1900, 0, 5)))).toEqual({
      ok: false,
      reason: "unreadable",
      message: `ngày "05/01/1900" không đọc được — năm phải từ 1950 đến 2100`,
    });
  });

  it("reads Excel serial numbers", () => {
    expect(parseDate(45488)).toEqual({ ok: true, date: "2024-07-15" });
    expect(parseDate(45481)).toEqual({ ok: true, date: "2024-07-08" });
    expect(parseDate(45488.75)).toEqual({ ok: true, date: "2024-07-15" });
    expect(parseDate(18264)).toEqual({ ok: true, date: "1950-01-01" });
    expect(parseDate(73415)).toEqual({ ok: true, date: "2100-12-31" });
  });

  it("rejects serials outside 1950–2100, including Excel's fictitious 29/02/1900", () => {
    expect(parseDate(60)).toEqual({
      ok: false,
      reason: "unreadable",
      message: `"60" không phải là ngày — ${EXPECTED}`,
    });
    expect(parseDate(61)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate(3)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate(18263)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate(73416)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate(0)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate(-45488)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate(Number.NaN)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDate("60")).toEqual({ ok: false, reason: "unreadable", message: `"60" không phải là ngày — ${EXPECTED}` });
  });

  it("rejects booleans", () => {
    expect(parseDate(false)).toEqual({ ok: false, reason: "unreadable", message: `ngày "FALSE" không đọc được — ${EXPECTED}` });
  });
});
