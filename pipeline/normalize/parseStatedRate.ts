import type { RawValue } from "../read/RawValue.ts";
import { normalizeText } from "./normalizeText.ts";

export type StatedRate =
  | { ok: true; candidates: number[] /* percent, 0–100 scale, possible readings */ }
  | { ok: false; reason: "missing" | "unreadable" };

const DASHES = new Set(["-", "–", "—"]);
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * Reads a stated rate (Tỷ lệ … (%)) as percent. A bare number ≤ 1 may be a fraction (0.692)
 * or a small percentage (0.5 %), so both readings are returned for the caller to compare.
 */
export function parseStatedRate(value: RawValue, numFmt?: string): StatedRate {
  if (value === null || value === undefined) return { ok: false, reason: "missing" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, reason: "unreadable" };
    return numFmt?.includes("%") ? ok([tidy(value * 100)]) : bare(value);
  }
  if (typeof value !== "string") return { ok: false, reason: "unreadable" };
  const text = normalizeText(value);
  if (text === "" || DASHES.has(text)) return { ok: false, reason: "missing" };
  const hasPercent = text.endsWith("%");
  const digits = text.replace(/%$/, "").replace(/\s/g, "");
  if (!NUMBER.test(digits)) return { ok: false, reason: "unreadable" };
  const n = Number(digits.replace(",", "."));
  return hasPercent ? ok([n]) : bare(n);
}

function bare(n: number): StatedRate {
  return n > 0 && n <= 1 ? ok([tidy(n * 100), n]) : ok([n]);
}

function ok(candidates: number[]): StatedRate {
  // A percent cell of ±1e308 overflows to ±Infinity once scaled: not a rate anyone stated.
  return candidates.every(Number.isFinite) ? { ok: true, candidates } : { ok: false, reason: "unreadable" };
}

// 0.692 * 100 is 69.19999999999999 in binary floating point.
function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
