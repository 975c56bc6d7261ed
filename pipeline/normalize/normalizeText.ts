// Zero-width characters and BOMs are pasted in from web pages and Word; \s alone misses them.
const WHITESPACE_RUN = /[\s\u200B-\u200D\u2060\uFEFF]+/g;

/** NFC, every whitespace run (incl. NBSP, CR/LF, zero-width spaces) collapsed to one space, trimmed. */
export function normalizeText(s: string): string {
  return s.normalize("NFC").replace(WHITESPACE_RUN, " ").trim();
}
