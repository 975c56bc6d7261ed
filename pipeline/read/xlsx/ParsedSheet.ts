import type { ColumnDef } from "./ColumnDef.ts";
import type { HyperlinkRef } from "./HyperlinkRef.ts";
import type { MergeRange } from "./MergeRange.ts";
import type { ParsedRow } from "./ParsedRow.ts";

/** A worksheet part as read: rows in ascending order, merges in document order, column definitions, hyperlinks. */
export interface ParsedSheet {
  rows: ParsedRow[];
  merges: MergeRange[];
  cols: ColumnDef[];
  hyperlinks: HyperlinkRef[];
}
