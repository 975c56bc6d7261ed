/**
 * What exceljs does with a zip entry, by its name: parses it as one of the parts the fast reader
 * reads or checks, keeps it unparsed ("ignored": themes, media, anything unknown), or parses it as a
 * part the fast reader does not handle ("unsupported": drawings, comments, tables).
 */
export type PartKind =
  | "workbook" | "workbookRels" | "sharedStrings" | "styles" | "rootRels" | "app" | "core"
  | "worksheet" | "worksheetRels" | "ignored" | "unsupported";
