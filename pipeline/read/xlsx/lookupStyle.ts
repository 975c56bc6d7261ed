import type { CellStyle } from "./CellStyle.ts";
import type { WorkbookStyles } from "./WorkbookStyles.ts";
import type { XmlTokenizer } from "./XmlTokenizer.ts";

/**
 * The style at index `id` (a truthy s= or style= value), or null when there is none. Declines where
 * exceljs would throw: a workbook without styles or <cellXfs>, or a style whose font list is missing.
 */
export function lookupStyle(styles: WorkbookStyles | null, id: number, tok: XmlTokenizer): CellStyle | null {
  if (!styles || styles.xfs.length === 0) tok.fail("a style is used but xl/styles.xml has no <cellXfs>");
  const style = styles.xfs[id];
  if (style === "broken") tok.fail(`style ${id} has a font but the workbook has no fonts`);
  return style ?? null;
}
