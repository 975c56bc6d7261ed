/** Combining marks that carry Vietnamese tones: windows-1258 keeps them as separate bytes. */
const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

/**
 * Rewrites NFC text into the form windows-1258 can encode: letters with a
 * tone become base letter (with its circumflex, breve or horn composed, as
 * cp1258 has â ê ô ơ ư ă) followed by a combining tone mark.
 * "Hệ thống" → "He\u0302\u0323 tho\u0302\u0301ng" composed as "ê\u0323 …".
 */
export function toCp1258Form(text: string): string {
  const nfd = text.normalize("NFD");
  let out = "";
  let base = "";
  let tones = "";
  const flush = () => {
    if (base) out += base.normalize("NFC") + tones;
    base = "";
    tones = "";
  };
  for (const ch of nfd) {
    if (/\p{M}/u.test(ch)) {
      if (TONE_MARKS.has(ch)) tones += ch;
      else base += ch;
    } else {
      flush();
      base = ch;
    }
  }
  flush();
  return out;
}
