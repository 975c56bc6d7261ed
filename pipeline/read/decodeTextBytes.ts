import iconv from "iconv-lite";
import { decodeTcvn3, decodeVni } from "../text/decodeLegacyVietnamese.ts";
import { memoizeString } from "../util/memoizeString.ts";

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1258" | "tcvn3" | "vni";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decodes a CSV/TXT file's bytes: BOMs first, then UTF-16 without BOM (every other byte NUL),
 * strict UTF-8, and otherwise the 8-bit encoding (Windows-1258, TCVN3 or VNI) whose decoding
 * reads most like Vietnamese.
 */
export function decodeTextBytes(data: Buffer): DecodedText {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return { text: data.subarray(3).toString("utf8"), encoding: "utf-8-bom" };
  }
  if (data[0] === 0xff && data[1] === 0xfe) return { text: iconv.decode(data.subarray(2), "utf16le"), encoding: "utf-16le" };
  if (data[0] === 0xfe && data[1] === 0xff) return { text: iconv.decode(data.subarray(2), "utf16be"), encoding: "utf-16be" };
  const utf16 = guessUtf16WithoutBom(data);
  if (utf16) return { text: iconv.decode(data, utf16 === "utf-16le" ? "utf16le" : "utf16be"), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(data), encoding: "utf-8" };
  } catch {
    return bestSingleByteDecoding(data);
  }
}

/** UTF-16 without a BOM: NUL in (nearly) every high byte of the first 4 KiB and (nearly) no low byte. */
export function guessUtf16WithoutBom(data: Buffer): "utf-16le" | "utf-16be" | null {
  const n = Math.min(data.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (data[i] === 0) evenZeros++;
    if (data[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

function bestSingleByteDecoding(data: Buffer): DecodedText {
  const ansi = iconv.decode(data, "windows1252");
  const candidates: DecodedText[] = [
    { text: iconv.decode(data, "windows1258"), encoding: "windows-1258" },
    { text: decodeTcvn3(ansi), encoding: "tcvn3" },
    { text: decodeVni(ansi), encoding: "vni" },
  ];
  let best = candidates[0]!;
  let bestScore = vietnameseScore(best.text);
  for (const candidate of candidates.slice(1)) {
    const score = vietnameseScore(candidate.text);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

const VIETNAMESE_LETTERS = new Set("abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ");
// Spaces, digits, punctuation and symbols are not letters — except those wrong decodings produce.
const isNotALetter = memoizeString((ch) => /[\s\d\p{P}\p{S}]/u.test(ch) && !/[µ¸¹º»¼½¾¿×÷]/.test(ch));

/** Share of letters that belong to the Vietnamese alphabet: wrong decodings produce µ, Ð, ¸ and the like. */
function vietnameseScore(text: string): number {
  const sample = text.slice(0, 20000).normalize("NFC").toLowerCase();
  let letters = 0;
  let good = 0;
  for (const ch of sample) {
    if (isNotALetter(ch)) continue;
    letters++;
    if (VIETNAMESE_LETTERS.has(ch)) good++;
  }
  return letters === 0 ? 0 : good / letters;
}
