import type { RawValue } from "../read/RawValue.ts";
import { foldText } from "./foldText.ts";
import { parseDate } from "./parseDate.ts";
import { parsePeriod } from "./parsePeriod.ts";

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
// "2023", "Năm 2023", or a list such as "2022, 2023" / "Năm 2022 và năm 2023" (the latest counts).
const YEARS = /^(?:nam\s*)?\d{4}(?:\s*(?:[,;/&\-–]|va)\s*(?:nam\s*)?\d{4})*$/;

/** Year of the latest live-fire drill (diễn tập thực chiến), or null when none can be read. */
export function parseYear(value: RawValue): number | null {
  if (value === null || value === undefined || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isInteger(value) ? inRange(value) : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : inRange(value.getUTCFullYear());
  const text = foldText(value).replace(/[\s.,;:]+$/, "");
  if (YEARS.test(text)) return inRange(Math.max(...(text.match(/\d{4}/g) ?? []).map(Number)));
  if (/^\d+(?:\.\d+)?$/.test(text)) return null; // a bare serial is not a year, as for number cells
  const date = parseDate(value);
  if (date.ok) return inRange(Number(date.date.slice(0, 4)));
  const period = parsePeriod(value);
  return period.ok ? inRange(Number(period.period.slice(0, 4))) : null;
}

function inRange(year: number): number | null {
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}
