export type CalendarDate = { year: number; month: number; day: number };

const DAY_MS = 86_400_000;

/**
 * Calendar date of an Excel serial (1900 date system). Excel counts a fictitious 29/02/1900
 * (serial 60), so serials from 61 on are one day ahead of a plain day count; 60 itself → null.
 * A time-of-day fraction is ignored.
 */
export function excelSerialToDate(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial + 1e-9); // absorb float noise such as 45488.9999999999
  if (days < 1 || days === 60) return null;
  const base = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + days * DAY_MS);
  // Beyond ±275 000 years a Date is invalid: no calendar date, rather than NaN-NaN-NaN.
  if (Number.isNaN(d.getTime())) return null;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
