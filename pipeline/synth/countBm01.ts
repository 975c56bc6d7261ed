import type { Bm01Row } from "./types.ts";
import { rowVerdict } from "./rowVerdict.ts";

/**
 * The counts a BM-01 yields: counted rows; approved among them; fully
 * implemented among the approved (full on a row that is not approved is an
 * inconsistency and does not count).
 */
export function countBm01(rows: Bm01Row[]): { total: number; approved: number; implemented: number } {
  let total = 0;
  let approved = 0;
  let implemented = 0;
  for (const row of rows) {
    if (rowVerdict(row) !== null) continue;
    total++;
    if (row.approval === "approved") {
      approved++;
      if (row.impl === "full") implemented++;
    }
  }
  return { total, approved, implemented };
}
