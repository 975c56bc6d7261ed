/** The font properties exceljs' FontXform reads (plus the name element, <name> or <rFont>); all are empty elements. */
export const FONT_PROPERTIES: ReadonlySet<string> = new Set([
  "b", "i", "u", "charset", "color", "condense", "extend", "family", "outline", "vertAlign", "scheme", "shadow", "strike", "sz",
]);
