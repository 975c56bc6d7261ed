// Characters XML 1.0 cannot carry: a workbook holding them does not open.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Any character either replacement below could touch (CR, or one NOT_XML might remove); most text has none.
const MAY_CHANGE = /[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text as an xlsx cell can hold it: line breaks as Excel writes them in a cell (LF; a bare CR would be
 * read back as LF anyway), characters XML cannot carry removed. Nothing is added.
 */
export function xlsxText(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text.replace(/\r\n?/g, "\n").replace(NOT_XML, "");
}
