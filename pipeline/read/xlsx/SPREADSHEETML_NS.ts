/** The transitional SpreadsheetML namespace; a part in any other (strict OOXML) is declined. */
export const SPREADSHEETML_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
