import { normalizeText } from "./normalizeText.ts";

// Labels, statuses and levels repeat on every row of every file: their folded forms are kept.
const FOLDED_CACHE_LIMIT = 20_000;
const folded = new Map<string, string>();

/** Lowercase, diacritic-free form for matching labels and names: "Tình trạng HSĐXCĐ" → "tinh trang hsdxcd". */
export function foldText(s: string): string {
  const known = folded.get(s);
  if (known !== undefined) return known;
  const result = normalizeText(s)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
  if (folded.size >= FOLDED_CACHE_LIMIT) folded.clear();
  folded.set(s, result);
  return result;
}
