/** What a cell's style decides for the grid, as exceljs' getStyleModel builds it. */
export interface CellStyle {
  /** Format code, or undefined when exceljs gives none (numFmtId 0 or unknown). */
  numFmt: string | undefined;
  /** The style has a font (which may have no name): a merged-in row or column font then loses to it. */
  hasFont: boolean;
  fontName: string | undefined;
  /** Numbers in this style become Dates. */
  isDate: boolean;
  /** The font is a TCVN3 or VNI one, so its text needs decoding. */
  legacyFont: boolean;
}
