import type { Table } from "../table/Table.ts";
import type { RankBy, RankingRow } from "./RankingData.ts";
import { RANKING_COLUMNS } from "./rankingColumns.ts";
import { sortByRank } from "./sortByRank.ts";

export const CARRIED_FORWARD_MARK = " (*)";

/** A group's ranking as printed: carried-forward figures marked (*) after the agency's name. */
export function rankingSheetTable(rows: RankingRow[], rankBy: RankBy): Table {
  return {
    columns: RANKING_COLUMNS,
    rows: sortByRank(rows, rankBy).map((r) => ({
      values: [
        r[`${rankBy}_rank`],
        r.is_carried_forward ? `${r.agency_name}${CARRIED_FORWARD_MARK}` : r.agency_name,
        r.total_systems,
        r.approved_systems,
        r.approval_rate,
        r.implemented_systems,
        r.implementation_rate,
        r[`${rankBy}_rank_change`],
      ],
    })),
    emptyText: "Không có cơ quan nào có số liệu trong kỳ",
  };
}
