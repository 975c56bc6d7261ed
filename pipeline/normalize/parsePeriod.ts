import type { RawValue } from "../read/RawValue.ts";
import { excelSerialToDate } from "./excelSerialToDate.ts";
import { foldText } from "./foldText.ts";
import { showValue } from "./showValue.ts";

export type PeriodResult =
  | { ok: true; period: string /* YYYY-MM */; quarterly: boolean }
  | { ok: false; reason: "missing" | "half-year" | "year" | "unreadable"; message: string };

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const EXPECTED = `cần dạng "Tháng 8/2024", "08/2024" hoặc "Quý III/2024"`;
const PER_MONTH = `cần kỳ báo cáo theo tháng hoặc quý, ví dụ "Tháng 8/2024" hoặc "Quý III/2024"`;

// Patterns run on folded text (lowercase, no diacritics): "Tháng 08 năm 2024" → "thang 08 nam 2024".
const SEP = String.raw`(?:\s*(?:[\/.,\-–]|,?\s*nam)\s*|\s+)`;
const MONTH_WORD = new RegExp(String.raw`^(?:thang|t)\s*(\d{1,2})${SEP}(\d{4})$`);
const MONTH_YEAR = /^(\d{1,2})\s*[/.\-–]\s*(\d{4})$/;
const YEAR_MONTH = /^(\d{4})\s*[/.\-–]\s*(\d{1,2})$/;
const QUARTER = new RegExp(String.raw`^(?:quy|q)\s*(iv|i{1,3}|[1-4])${SEP}(\d{4})$`);
const HALF_YEAR = /^(?:(?:6|sau) thang(?: (?:dau|cuoi))?(?: nam)?|ban nien|nua (?:dau|cuoi) nam)\b/;
const WHOLE_YEAR = /^(?:(?:ca )?nam\s*)?(\d{4})$/;
const QUARTER_NUMBER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Reads a reporting period (month or quarter) into YYYY-MM; a quarter reads as its last month. */
export function parsePeriod(value: RawValue): PeriodResult {
  if (value === null || value === undefined) return missing();
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return unreadable(value);
    return month(value, value.getUTCFullYear(), value.getUTCMonth() + 1, false);
  }
  if (typeof value === "number") return fromNumber(value);
  if (typeof value === "boolean") return unreadable(value);

  const text = foldText(value).replace(/[\s.:;,]+$/, "");
  if (text === "") return missing();
  let m = MONTH_WORD.exec(text) ?? MONTH_YEAR.exec(text);
  if (m) return month(value, Number(m[2]), Number(m[1]), false);
  m = YEAR_MONTH.exec(text);
  if (m) return month(value, Number(m[1]), Number(m[2]), false);
  m = QUARTER.exec(text);
  if (m) {
    const q = QUARTER_NUMBER[m[1] ?? ""] ?? Number(m[1]);
    return month(value, Number(m[2]), q * 3, true);
  }
  if (HALF_YEAR.test(text)) {
    return { ok: false, reason: "half-year", message: `kỳ báo cáo "${showValue(value)}" là nửa năm — ${PER_MONTH}` };
  }
  if (WHOLE_YEAR.test(text)) return wholeYear(value);
  return unreadable(value);
}

function fromNumber(n: number): PeriodResult {
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return wholeYear(n);
  const date = excelSerialToDate(n);
  if (date && date.year >= MIN_YEAR && date.year <= MAX_YEAR) return month(n, date.year, date.month, false);
  // "8.2024" typed into a cell becomes the number 8.2024 (and "10.2020" becomes 10.202).
  const whole = Math.trunc(n);
  const year = Math.round((n - whole) * 10_000);
  if (!Number.isInteger(n) && whole >= 1 && whole <= 12 && year >= MIN_YEAR && year <= MAX_YEAR) {
    return month(n, year, whole, false);
  }
  return unreadable(n);
}

function month(value: RawValue, year: number, m: number, quarterly: boolean): PeriodResult {
  if (m < 1 || m > 12) return unreadable(value);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return {
      ok: false,
      reason: "unreadable",
      message: `kỳ báo cáo "${showValue(value)}" không đọc được — năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}`,
    };
  }
  return { ok: true, period: `${year}-${String(m).padStart(2, "0")}`, quarterly };
}

function missing(): PeriodResult {
  return { ok: false, reason: "missing", message: `thiếu kỳ báo cáo — ${EXPECTED}` };
}

function wholeYear(value: RawValue): PeriodResult {
  return { ok: false, reason: "year", message: `kỳ báo cáo "${showValue(value)}" là cả năm — ${PER_MONTH}` };
}

function unreadable(value: RawValue): PeriodResult {
  return { ok: false, reason: "unreadable", message: `kỳ báo cáo "${showValue(value)}" không đọc được — ${EXPECTED}` };
}
