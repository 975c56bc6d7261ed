/**
 * The "_xHHHH_" escapes Excel writes for characters XML cannot hold, decoded as exceljs' TextXform
 * does (shared strings and rich-text runs only; upper-case hex digits only).
 */
export function decodeEscapedCharacters(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
