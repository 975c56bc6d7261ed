import type { Table } from "../table/Table.ts";
import type { RankBy, RankingRow } from "./RankingData.ts";
import { RANKING_COLUMNS } from "./rankingColumns.ts";
import { sortByRank } from "./sortByRank.ts";
import { periodShort } from "../text/periodShort.ts";

/**
 * A group's ranking as CSV: the printed columns, plus the agency's code after its rank and, last, the
 * month its figures come from (the name carries no mark).
 */
export function rankingCsvTable(rows: RankingRow[], rankBy: RankBy): Table {
  const [rank, ...rest] = RANKING_COLUMNS;
  return {
    columns: [rank!, { header: "Mã cơ quan", kind: "text", width: 10 }, ...rest, { header: "Kỳ số liệu", kind: "text", width: 14 }],
    rows: sortByRank(rows, rankBy).map((r) => ({
      values: [
        r[`${rankBy}_rank`],
        r.agency_code,
        r.agency_name,
        r.total_systems,
        r.approved_systems,
        r.approval_rate,
        r.implemented_systems,
        r.implementation_rate,
        r[`${rankBy}_rank_change`],
        periodShort(r.report_period),
      ],
    })),
  };
}
