import { normalizeText } from "./normalizeText.ts";

/** Lowercase, diacritic-free form for matching labels and names: "Tình trạng HSĐXCĐ" → "tinh trang hsdxcd". */
export function foldText(s: string): string {
  return normalizeText(s)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
}
