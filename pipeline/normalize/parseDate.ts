import type { RawValue } from "../read/RawValue.ts";
import { excelSerialToDate } from "./excelSerialToDate.ts";
import { foldText } from "./foldText.ts";
import { showValue } from "./showValue.ts";

export type DateResult =
  | { ok: true; date: string /* YYYY-MM-DD */ }
  | { ok: false; reason: "missing" | "unreadable"; message: string };

// Narrower than the calendar so that counts and codes are not mistaken for dates.
const MIN_YEAR = 1950;
const MAX_YEAR = 2100;
const EXPECTED = `cần dạng ngày/tháng/năm, ví dụ "15/07/2024"`;

// Patterns run on folded text (lowercase, no diacritics).
const TIME = String.raw`(?:[\st]+\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:am|pm|sa|ch))?(?:z|[+-]\d{2}:?\d{2})?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})${TIME}$`);
const LONG_FORM = /(?:^|\bngay\s*)(\d{1,2})\s*,?\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})$/;
const SERIAL = /^\d+(?:\.\d+)?$/;

/** Reads a date, day first always (never month first), into YYYY-MM-DD. */
export function parseDate(value: RawValue): DateResult {
  if (value === null || value === undefined) return missing();
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return unreadable(value);
    return ymd(value, value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === "number") return fromSerial(value, value);
  if (typeof value === "boolean") return unreadable(value);

  const text = foldText(value).replace(/[\s.,;:]+$/, "").replace(/^ngay\s+(?=\d)/, "");
  if (text === "") return missing();
  if (SERIAL.test(text)) return fromSerial(Number(text), value);
  let m = DAY_FIRST.exec(text);
  if (m) return ymd(value, twoDigitYear(m[3] ?? ""), Number(m[2]), Number(m[1]));
  m = YEAR_FIRST.exec(text);
  if (m) return ymd(value, Number(m[1]), Number(m[2]), Number(m[3]));
  m = LONG_FORM.exec(text);
  if (m) return ymd(value, Number(m[3]), Number(m[2]), Number(m[1]));
  return unreadable(value);
}

// Excel's own rule for typed two-digit years: 00–29 → 20xx, 30–99 → 19xx.
function twoDigitYear(y: string): number {
  const n = Number(y);
  if (y.length !== 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function fromSerial(serial: number, value: RawValue): DateResult {
  const d = excelSerialToDate(serial);
  if (!d || d.year < MIN_YEAR || d.year > MAX_YEAR) {
    return { ok: false, reason: "unreadable", message: `"${showValue(value)}" không phải là ngày — ${EXPECTED}` };
  }
  return ymd(value, d.year, d.month, d.day);
}

function ymd(value: RawValue, year: number, month: number, day: number): DateResult {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return {
      ok: false,
      reason: "unreadable",
      message: `ngày "${showValue(value)}" không đọc được — năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}`,
    };
  }
  if (month < 1 || month > 12) {
    return { ok: false, reason: "unreadable", message: `ngày "${showValue(value)}" không hợp lệ — không có tháng ${month}` };
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > lastDay) {
    return {
      ok: false,
      reason: "unreadable",
      message: `ngày "${showValue(value)}" không hợp lệ — tháng ${month}/${year} không có ngày ${day}`,
    };
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return { ok: true, date: `${year}-${pad(month)}-${pad(day)}` };
}

function missing(): DateResult {
  return { ok: false, reason: "missing", message: `thiếu ngày — ${EXPECTED}` };
}

function unreadable(value: RawValue): DateResult {
  return { ok: false, reason: "unreadable", message: `ngày "${showValue(value)}" không đọc được — ${EXPECTED}` };
}
