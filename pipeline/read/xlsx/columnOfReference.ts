/**
 * The column (1-based) of a cell reference written as exceljs expects it ("A1" … "XFD1048576"), or 0
 * when the reference has any other form ("$A$1", lower case, no row, a column past XFD).
 */
export function columnOfReference(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i === 0 || i > 3 || col > 16384 || i === ref.length) return 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return 0;
  }
  return col;
}
