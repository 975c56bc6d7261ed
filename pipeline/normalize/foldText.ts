import { normalizeText } from "./normalizeText.ts";
import { memoizeString } from "../util/memoizeString.ts";

/** Lowercase, diacritic-free form for matching labels and names: "Tình trạng HSĐXCĐ" → "tinh trang hsdxcd". */
export const foldText: (s: string) => string = memoizeString((s) =>
  normalizeText(s)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d"));
