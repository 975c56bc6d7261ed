import type { RawValue } from "../../pipeline/read/RawValue.ts";
import { parseApprovalStatus } from "../../pipeline/normalize/parseApprovalStatus.ts";
import { parseImplementationStatus } from "../../pipeline/normalize/parseImplementationStatus.ts";
import { parseYesNo } from "../../pipeline/normalize/parseYesNo.ts";
import { parseCount } from "../../pipeline/normalize/parseCount.ts";
import { parseDate } from "../../pipeline/normalize/parseDate.ts";
import { parseLevel } from "../../pipeline/normalize/parseLevel.ts";
import { parsePeriod } from "../../pipeline/normalize/parsePeriod.ts";
import { parseStatedRate } from "../../pipeline/normalize/parseStatedRate.ts";
import { parseYear } from "../../pipeline/normalize/parseYear.ts";
import { showValue } from "../../pipeline/normalize/showValue.ts";
import { statusKey } from "../../pipeline/normalize/statusKey.ts";
import { normalizeText } from "../../pipeline/normalize/normalizeText.ts";
import { foldText } from "../../pipeline/normalize/foldText.ts";
import { isFormulaLike } from "../../pipeline/normalize/isFormulaLike.ts";
import { excelSerialToDate } from "../../pipeline/normalize/excelSerialToDate.ts";
import { isVietnameseMessage } from "./isVietnameseMessage.ts";

/**
 * One cell value through every normaliser: none may throw, each answers within its declared shape
 * (levels 1–5, whole counts ≥ 0, real calendar dates, months 01–12), and each failure carries a
 * Vietnamese message. Returns the problems found, and the failure messages for the report.
 */
export function checkNormalizers(value: RawValue, numFmt: string | undefined): { problems: string[]; messages: { code: string; message: string }[] } {
  const problems: string[] = [];
  const messages: { code: string; message: string }[] = [];
  const failure = (code: string, result: { ok: boolean; message?: string }) => {
    if (result.ok || result.message === undefined) return;
    messages.push({ code, message: result.message });
    if (!isVietnameseMessage(result.message)) problems.push(`${code}: thông báo không rõ ${JSON.stringify(result.message)}`);
  };
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const level = parseLevel(value);
  failure("parseLevel", level);
  if (level.ok) expect([1, 2, 3, 4, 5].includes(level.level), `parseLevel → ${level.level}`);
  const count = parseCount(value);
  failure("parseCount", count);
  if (count.ok) expect(Number.isSafeInteger(count.n) && count.n >= 0 && !Object.is(count.n, -0), `parseCount → ${count.n}`);
  const date = parseDate(value);
  failure("parseDate", date);
  if (date.ok) expect(isCalendarDate(date.date), `parseDate → ${date.date}`);
  const period = parsePeriod(value);
  failure("parsePeriod", period);
  if (period.ok) expect(/^\d{4}-(0[1-9]|1[0-2])$/.test(period.period), `parsePeriod → ${period.period}`);
  const rate = parseStatedRate(value, numFmt);
  if (rate.ok) expect(rate.candidates.length > 0 && rate.candidates.every(Number.isFinite), `parseStatedRate → ${rate.candidates}`);
  const year = parseYear(value);
  expect(year === null || (Number.isInteger(year) && year >= 1990 && year <= 2100), `parseYear → ${year}`);
  expect(["approved", "not_approved", "under_review", "blank", "unknown"].includes(parseApprovalStatus(value)), "parseApprovalStatus");
  expect(["full", "partial", "none", "blank", "unknown"].includes(parseImplementationStatus(value)), "parseImplementationStatus");
  expect(["yes", "no", "blank", "unknown"].includes(parseYesNo(value)), "parseYesNo");
  expect(typeof showValue(value) === "string" && typeof statusKey(value) === "string", "showValue/statusKey");
  if (typeof value === "string") {
    expect(normalizeText(normalizeText(value)) === normalizeText(value), "normalizeText không ổn định (chuẩn hóa hai lần khác một lần)");
    expect(typeof foldText(value) === "string" && typeof isFormulaLike(value) === "boolean", "foldText/isFormulaLike");
  }
  if (typeof value === "number") {
    const d = excelSerialToDate(value);
    expect(d === null || isCalendarDate(`${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`) || d.year < 1000 || d.year > 9999, "excelSerialToDate");
  }
  return { problems, messages };
}

function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}
