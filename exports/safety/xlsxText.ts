// Characters XML 1.0 cannot carry: a workbook holding them does not open.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as an xlsx cell can hold it: line breaks as Excel writes them in a cell (LF; a bare CR would be
 * read back as LF anyway), characters XML cannot carry removed. Nothing is added.
 */
export function xlsxText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(NOT_XML, "");
}
