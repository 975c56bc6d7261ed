import fc from "fast-check";
import type { FuzzSpec } from "./FuzzSpec.ts";

/** Files that are not workbooks or CSV at all, under spreadsheet names: each must be named for what it is. */
export const formatSpec: fc.Arbitrary<FuzzSpec> = fc.record({
  kind: fc.constant("format" as const),
  name: fc.constantFrom("BaoCao.xlsx", "BaoCao.xls", "BaoCao.csv"),
  format: fc.constantFrom("encrypted-ole2", "legacy-xls", "html-xls", "spreadsheetml", "csv-as-xlsx", "docx", "ods", "xlsb", "rtf", "png", "jpeg", "gif", "pdf", "encrypted-zip"),
  noise: fc.uint8Array({ maxLength: 512 }),
});
