/**
 * A cell with a hyperlink, as exceljs' { text, hyperlink } value: `text` is what the cell held (a
 * formula's cached result), undefined when it held nothing. readXlsx reads the text, as a string.
 */
export class HyperlinkRaw {
  constructor(readonly text: string | number | boolean | undefined) {}
}
