import type { CellValue } from "../table/Table.ts";
import { xlsxText } from "../safety/xlsxText.ts";

/** What a cell holds for a table value: text as XML can carry it, finite numbers, otherwise nothing. */
export function cellValue(value: CellValue): CellValue {
  if (typeof value === "string") return xlsxText(value.normalize("NFC"));
  return value !== null && Number.isFinite(value) ? value : null;
}
