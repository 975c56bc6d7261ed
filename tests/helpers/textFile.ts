import iconv from "iconv-lite";

export type TextFileEncoding = "utf-8" | "utf-8-bom" | "utf-16le-bom" | "utf-16le" | "utf-16be-bom" | "windows-1258";

export interface TextFileOptions {
  separator?: string; // default ","
  eol?: "\r\n" | "\n"; // default "\r\n", as Excel writes
  encoding?: TextFileEncoding; // default "utf-8"
}

/** The bytes of a CSV (or Excel "Unicode text" .txt) file: fields quoted as Excel quotes them, then encoded. */
export function textFile(records: string[][], options: TextFileOptions = {}): Buffer {
  const separator = options.separator ?? ",";
  const eol = options.eol ?? "\r\n";
  const quote = (field: string) => (/["\r\n]/.test(field) || field.includes(separator) ? `"${field.replace(/"/g, '""')}"` : field);
  const text = records.map((fields) => fields.map(quote).join(separator)).join(eol) + eol;
  return encodeText(text, options.encoding ?? "utf-8");
}

export function encodeText(text: string, encoding: TextFileEncoding): Buffer {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")]);
    case "utf-16le":
      return iconv.encode(text, "utf16le");
    case "utf-16be-bom":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf16be")]);
    case "windows-1258":
      return iconv.encode(toWindows1258Form(text), "windows1258");
  }
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Windows-1258 has the base letters (â, ê, ô, ă, ơ, ư, đ) precomposed but the five tone marks only
 * as combining characters: "Hội" is stored as "Hô" + U+0323 + "i".
 */
export function toWindows1258Form(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const decomposed = ch.normalize("NFD");
    const tones = decomposed.match(TONE_MARKS)?.join("") ?? "";
    out += decomposed.replace(TONE_MARKS, "").normalize("NFC") + tones;
  }
  return out;
}
