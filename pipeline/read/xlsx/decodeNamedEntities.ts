const NAMED: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' };

/**
 * exceljs' second decoding (utils.xmlDecode) of text the XML parser has already decoded, applied to
 * formula string results, t="str" cells and sheet names: "&amp;lt;" in the file ends up as "<".
 */
export function decodeNamedEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([a-z]*);/g, (entity) => NAMED[entity] ?? entity);
}
