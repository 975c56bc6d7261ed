import type { CellStyle } from "./CellStyle.ts";
import { isDateFormat } from "./isDateFormat.ts";
import { legacyEncodingOfFont } from "../../text/decodeLegacyVietnamese.ts";

/** A CellStyle from its format and font, with the derived flags filled in. */
export function makeCellStyle(numFmt: string | undefined, hasFont: boolean, fontName: string | undefined): CellStyle {
  return { numFmt, hasFont, fontName, isDate: isDateFormat(numFmt), legacyFont: legacyEncodingOfFont(fontName) !== null };
}
