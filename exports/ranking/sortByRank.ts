import type { RankBy, RankingRow } from "./RankingData.ts";
import { compareVietnamese } from "../text/compareVietnamese.ts";

/** Rank first (unranked agencies, with no systems, last), then name in Vietnamese order. */
export function sortByRank(rows: RankingRow[], rankBy: RankBy): RankingRow[] {
  const rank = (r: RankingRow) => r[`${rankBy}_rank`] ?? Number.POSITIVE_INFINITY;
  return [...rows].sort((a, b) => rank(a) - rank(b) || compareVietnamese(a.agency_name, b.agency_name) || (a.agency_code < b.agency_code ? -1 : 1));
}
