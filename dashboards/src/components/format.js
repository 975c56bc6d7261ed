// Vietnamese number and date formats: 1.234 systems, 69,2 %, 09/2024, 20/07/2024.
const integer = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const NBSP = "\u00a0";

export const DASH = "–";

export function fmtInt(n) {
  return n == null ? DASH : integer.format(n);
}

/** A rate (a fraction) as a percentage with one decimal: 0.692 → "69,2 %". */
export function fmtRate(rate) {
  return rate == null ? DASH : `${oneDecimal.format(rate * 100)}${NBSP}%`;
}

/** Percentage points: 21.3 → "21,3 điểm %". */
export function fmtPoints(points) {
  return points == null ? DASH : `${oneDecimal.format(points)}${NBSP}điểm${NBSP}%`;
}

/** "2024-09" → "09/2024". */
export function fmtMonth(period) {
  return period == null ? DASH : `${period.slice(5, 7)}/${period.slice(0, 4)}`;
}

/** "2024-07-20" → "20/07/2024". */
export function fmtDate(date) {
  return date == null ? DASH : `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** Rank change against the previous report: positive = moved up. */
export function fmtRankChange(change) {
  if (change == null) return DASH;
  if (change > 0) return `▲${NBSP}${integer.format(change)}`;
  if (change < 0) return `▼${NBSP}${integer.format(-change)}`;
  return "=";
}

export function fmtBytes(bytes) {
  if (bytes < 1024) return `${integer.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${oneDecimal.format(bytes / 1024)} KB`;
  return `${oneDecimal.format(bytes / 1024 / 1024)} MB`;
}

/** A value already in percent: 28.7 → "28,7 %". */
export function fmtPercent(value) {
  return value == null ? DASH : `${oneDecimal.format(value)}${NBSP}%`;
}

/** Where in a file: `trang “BM01”, dòng 12` (a CSV has no sheet). */
export function fmtPlace(sheet, row) {
  return [sheet ? `trang “${sheet}”` : null, row != null ? `dòng ${integer.format(row)}` : null].filter(Boolean).join(", ");
}

/** The composite score (weighted rates, 0–1) on a 100-point scale: 0.523 → "52,3 điểm". */
export function fmtScore(score) {
  return score == null ? DASH : `${oneDecimal.format(score * 100)}${NBSP}điểm`;
}
