import type { RawValue } from "../read/RawValue.ts";
import { normalizeText } from "./normalizeText.ts";
import { memoizeString } from "../util/memoizeString.ts";

const textKey = memoizeString((s) => normalizeText(s).toLowerCase());

/**
 * Comparison key for status words: normalized and lowercased, diacritics kept ("Co" ≠ "Có").
 * "" means blank; numbers and dates get keys that match no word.
 */
export function statusKey(value: RawValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return textKey(value);
  if (value instanceof Date) return `date:${value.getTime()}`;
  return `${typeof value}:${String(value)}`;
}
