// exceljs' colCache.decodeEx splits a reference from its sheet name with this pattern.
const SHEET_AND_REFERENCE = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/;
const MAX_COLUMN = 16384;

/**
 * Whether exceljs' colCache.decodeEx reads `text` ("A1", "B2:C9", "'Sheet 1'!$A$1:$N$9") without
 * throwing: it throws when a cell's column letters go past XFD, and accepts everything else.
 */
export function decodesAsReference(text: string): boolean {
  const reference = SHEET_AND_REFERENCE.exec(text)![3]!;
  const parts = reference.split(":");
  if (parts.length > 1) return columnFits(parts[0]!) && columnFits(parts[1]!);
  return reference.startsWith("#") || columnFits(reference);
}

/** colCache.decodeAddress's column: the capitals before the first digit, others skipped, up to what follows the row. */
function columnFits(address: string): boolean {
  let hasColumn = false, hasRow = false, column = 0;
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (!hasRow && c >= 65 && c <= 90) {
      hasColumn = true;
      column = column * 26 + c - 64;
    } else if (c >= 48 && c <= 57) hasRow = true;
    else if (hasRow && hasColumn && c !== 36) break;
  }
  return column <= MAX_COLUMN;
}
