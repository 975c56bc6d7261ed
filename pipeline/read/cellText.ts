import { decodeTcvn3, decodeVni, legacyEncodingOfFont } from "../text/decodeLegacyVietnamese.ts";

/** Text of a cell as Unicode: text typed in a TCVN3 or VNI font is decoded according to that font. */
export function cellText(text: string, fontName: string | undefined): string {
  const legacy = legacyEncodingOfFont(fontName);
  if (!legacy) return text;
  return legacy.encoding === "tcvn3"
    ? decodeTcvn3(text, { upperCase: legacy.upperCase })
    : decodeVni(text, { upperCase: legacy.upperCase });
}
