import { LEGACY_VIETNAMESE_TABLES } from "./legacyVietnameseTables.ts";

/**
 * Legacy Vietnamese 8-bit encodings found in old workbooks. Their text is stored as the Windows-1252
 * reading of the legacy bytes and only reads right in the matching font:
 * - "tcvn3": TCVN 5712:1993 VN3, the ABC fonts (.VnTime, .VnArial …; ".VnTimeH" etc. are all-caps);
 * - "vni": VNI-Windows fonts (VNI-Times, VNI-Helve …), a base letter followed by a mark character.
 */
export type LegacyEncoding = "tcvn3" | "vni";

const { tcvn3: TCVN3, vni: VNI } = LEGACY_VIETNAMESE_TABLES;

/**
 * The legacy encoding a font implies: ".VnTime" → tcvn3, ".VnTimeH" (the ABC uppercase fonts, names
 * ending in "H") → tcvn3 upperCase, "VNI-Times" → vni. Any other font (or none) → null. Case-insensitive.
 */
export function legacyEncodingOfFont(
  fontName: string | undefined | null,
): { encoding: LegacyEncoding; upperCase: boolean } | null {
  if (typeof fontName !== "string") return null;
  const name = fontName.trim().toLowerCase();
  if (/^\.vn\S/.test(name)) return { encoding: "tcvn3", upperCase: name.endsWith("h") };
  if (/^vni[-_ ]\S/.test(name)) return { encoding: "vni", upperCase: false };
  return null;
}

/**
 * Decodes TCVN3 (ABC) text read as Windows-1252 ("Hµ Néi" → "Hà Nội"). With upperCase (text in an "H"
 * font such as .VnTimeH, which draws every lowercase code as a capital) the result is in capitals.
 * Characters outside the table pass through. Text that already holds Vietnamese Unicode letters is
 * taken to be Unicode and is not decoded again. Returns NFC.
 */
export function decodeTcvn3(text: string, options?: { upperCase?: boolean }): string {
  const source = text.normalize("NFC");
  let out = source;
  if (!hasUnicodeVietnamese(source)) {
    out = "";
    for (const ch of source) out += TCVN3.get(ch) ?? ch;
  }
  return finish(out, options?.upperCase === true);
}

/**
 * Decodes VNI-Windows text read as Windows-1252 ("Haø Noäi" → "Hà Nội", "HAØ NOÄI" → "HÀ NỘI"):
 * each vowel with its following mark character becomes one letter. upperCase turns the result into
 * capitals. Characters outside the table pass through. Text that already holds Vietnamese Unicode
 * letters is taken to be Unicode and is not decoded again. Returns NFC.
 */
export function decodeVni(text: string, options?: { upperCase?: boolean }): string {
  const source = text.normalize("NFC");
  let out = source;
  if (!hasUnicodeVietnamese(source)) {
    out = "";
    let i = 0;
    while (i < source.length) {
      const pair = VNI.get(source.slice(i, i + 2));
      if (pair !== undefined && i + 1 < source.length) {
        out += pair;
        i += 2;
        continue;
      }
      const ch = source[i] ?? "";
      out += VNI.get(ch) ?? ch;
      i += 1;
    }
  }
  return finish(out, options?.upperCase === true);
}

/**
 * Guesses whether text with no font information (e.g. a CSV read as Windows-1252) is TCVN3 or VNI.
 * Returns an encoding only when the text carries marks typical of it (TCVN3: "µ", "¸", "·", "ª",
 * capitals inside lowercase words as in "ViÖt"; VNI: vowel + mark pairs such as "aø", "eä", "öô",
 * word-initial "ñ") outweighing what that encoding cannot produce, and holds no Vietnamese Unicode
 * letters. Ordinary Vietnamese Unicode text, plain ASCII and text too ambiguous to call give null.
 */
export function looksLikeLegacyVietnamese(text: string): LegacyEncoding | null {
  const source = text.normalize("NFC");
  if (!/[\u0080-\u00ff]/.test(source)) return null;
  if (hasUnicodeVietnamese(source)) return null;
  const tcvn3 = tcvn3Evidence(source);
  const vni = vniEvidence(source);
  const tcvn3Fits = tcvn3.strong >= 1 && tcvn3.strong > 2 * tcvn3.against;
  const vniFits = vni.strong >= 1 && vni.strong + vni.weak / 2 > 2 * vni.against;
  if (tcvn3Fits && vniFits) {
    return tcvn3.strong - tcvn3.against >= vni.strong + vni.weak / 2 - vni.against ? "tcvn3" : "vni";
  }
  if (tcvn3Fits) return "tcvn3";
  if (vniFits) return "vni";
  return null;
}

/**
 * Vietnamese letters no Windows-1252 character can stand for (ă đ ĩ ũ ơ ư, the U+1EA0 block, and the
 * combining tone marks of decomposed text): their presence means the text is already Unicode.
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]/;

function hasUnicodeVietnamese(text: string): boolean {
  return UNICODE_VIETNAMESE.test(text);
}

function finish(text: string, upperCase: boolean): string {
  const nfc = text.normalize("NFC");
  return upperCase ? toCapitals(nfc) : nfc;
}

/** Uppercases Latin letters one for one (no "ß" → "SS", no micro sign → Greek capital). */
function toCapitals(text: string): string {
  let out = "";
  for (const ch of text) {
    const capital = ch.toUpperCase();
    out += capital.length === ch.length && /\p{Script=Latin}/u.test(capital) ? capital : ch;
  }
  return out;
}

interface Evidence {
  /** Signs typical of the encoding. */
  strong: number;
  /** Signs that fit the encoding but also occur in ordinary Unicode Vietnamese. */
  weak: number;
  /** Characters the encoding would not produce there. */
  against: number;
}

/** TCVN3 codes that are symbols (or rare letters) in Windows-1252: 0xA1–0xBF, ×, Þ, ÷, þ. */
function isTcvn3Symbol(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return TCVN3.has(ch) && (code <= 0xbf || ch === "×" || ch === "Þ" || ch === "÷" || ch === "þ");
}

/** Latin-1 letters at positions VN3 leaves unassigned: TCVN3 text does not contain them. */
const NOT_TCVN3 = new Set(["À", "Á", "Â", "Ã", "Ä", "Å", "Í", "Ù", "Ú", "Û", "à", "ð", "ÿ"]);

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (/\p{L}/u.test(ch) || TCVN3.has(ch));
}

function tcvn3Evidence(text: string): Evidence {
  const evidence: Evidence = { strong: 0, weak: 0, against: 0 };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const prev = text[i - 1];
    if (NOT_TCVN3.has(ch)) {
      evidence.against++;
    } else if (isTcvn3Symbol(ch)) {
      if (isWordChar(prev) || isWordChar(text[i + 1])) evidence.strong++;
    } else if (TCVN3.has(ch) && /\p{Lu}/u.test(ch) && prev !== undefined && /\p{Ll}/u.test(prev)) {
      // "ViÖt", "chÝnh": a capital inside a lowercase word is a TCVN3 lowercase letter.
      evidence.strong++;
    }
  }
  return evidence;
}

const VNI_PLAIN_MARKS = new Set(["ù", "ø", "û", "õ", "ï"]);
const VNI_CIRCUMFLEX_MARKS = new Set(["â", "á", "à", "å", "ã", "ä"]);
const VNI_BREVE_MARKS = new Set(["ê", "é", "è", "ú", "ü", "ë"]);

function vniEvidence(text: string): Evidence {
  const evidence: Evidence = { strong: 0, weak: 0, against: 0 };
  for (let i = 0; i < text.length; i++) {
    const ch = (text[i] ?? "").toLowerCase();
    const prev = text[i - 1]?.toLowerCase();
    if (ch === "ñ") {
      // đ opens Vietnamese syllables; Spanish ñ hardly ever does.
      if (!isWordChar(text[i - 1]) && isWordChar(text[i + 1])) evidence.strong++;
      continue;
    }
    if (ch === "ô" && prev === "ö") {
      evidence.strong++; // ươ
      continue;
    }
    let valid: boolean;
    if (VNI_PLAIN_MARKS.has(ch)) valid = prev !== undefined && "aeouyôö".includes(prev);
    else if (VNI_CIRCUMFLEX_MARKS.has(ch)) valid = prev !== undefined && "aeo".includes(prev);
    else if (VNI_BREVE_MARKS.has(ch)) valid = prev === "a";
    else continue;
    if (!valid) evidence.against++;
    // "hoà", "hoá", "oã" are also ordinary Unicode Vietnamese (old tone placement).
    else if (prev === "o" && (ch === "à" || ch === "á" || ch === "ã")) evidence.weak++;
    else evidence.strong++;
  }
  return evidence;
}
