import type { RawValue } from "../read/RawValue.ts";
import { normalizeText } from "./normalizeText.ts";
import { showValue } from "./showValue.ts";

export type CountResult = { ok: true; n: number } | { ok: false; reason: "missing" | "not-whole"; message: string };

const DASHES = new Set(["-", "–", "—"]);
// Thousands groups of exactly three digits: "1.234.567" (Vietnamese), "1,234" (English), "1 234".
const THOUSANDS = [
  { re: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, group: /\./g, decimal: "," },
  { re: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/, group: /,/g, decimal: "." },
  { re: /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/, group: / /g, decimal: "," },
] as const;
const PLAIN = /^\d+(?:[.,]\d+)?$/;
const MAX_COUNT = 10_000_000;

/** Reads a count of systems (BM-02): a whole number ≥ 0. */
export function parseCount(value: RawValue): CountResult {
  if (value === null || value === undefined) return missing();
  if (typeof value === "number") return fromNumber(value, value);
  if (typeof value !== "string") return notWhole(value);
  const text = normalizeText(value);
  if (text === "" || DASHES.has(text)) return missing();
  const negative = /^[-−]\s*\d/.test(text);
  const n = readUnsigned(negative ? text.replace(/^[-−]\s*/, "") : text);
  if (n === null) return notWhole(value);
  return fromNumber(negative ? -n : n, value);
}

function readUnsigned(text: string): number | null {
  for (const t of THOUSANDS) {
    if (t.re.test(text)) return Number(text.replace(t.group, "").replace(t.decimal, "."));
  }
  return PLAIN.test(text) ? Number(text.replace(",", ".")) : null;
}

function fromNumber(n: number, value: RawValue): CountResult {
  if (!Number.isFinite(n)) return notWhole(value);
  if (n < 0) {
    return { ok: false, reason: "not-whole", message: `"${showValue(value)}" không hợp lệ — số lượng phải ≥ 0` };
  }
  // A count beyond any agency's systems is a typing or export error, and would not fit the warehouse's integers.
  if (n > MAX_COUNT) {
    return { ok: false, reason: "not-whole", message: `"${showValue(value)}" quá lớn — số lượng phải là số nguyên từ 0 đến ${MAX_COUNT.toLocaleString("vi-VN")}` };
  }
  const rounded = Math.round(n);
  // Tolerate float noise from formula results (e.g. 11.999999999999998).
  if (Math.abs(n - rounded) > 1e-9) return notWhole(value);
  return { ok: true, n: rounded + 0 };
}

function missing(): CountResult {
  return { ok: false, reason: "missing", message: "thiếu số liệu — cần số nguyên ≥ 0" };
}

function notWhole(value: RawValue): CountResult {
  return { ok: false, reason: "not-whole", message: `"${showValue(value)}" không phải số nguyên — số lượng phải là số nguyên ≥ 0` };
}
