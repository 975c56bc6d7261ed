import type { Table } from "../table/Table.ts";
import type { GroupSummaryRow } from "./RankingData.ts";
import { groupLabel } from "../text/groupLabel.ts";

/** The national summary: one row per group and a bold national row, pooled rates. */
export function summaryTable(summary: GroupSummaryRow[]): Table {
  return {
    columns: [
      { header: "Khối", kind: "text", width: 20 },
      { header: "Số cơ quan có số liệu", kind: "count", width: 12 },
      { header: "Trong đó: dùng số liệu kỳ trước", kind: "count", width: 14 },
      { header: "Số cơ quan chưa có số liệu", kind: "count", width: 12 },
      { header: "Tổng số HTTT", kind: "count", width: 11 },
      { header: "Đã phê duyệt", kind: "count", width: 11 },
      { header: "Tỷ lệ phê duyệt", kind: "rate", width: 11 },
      { header: "Đã triển khai đầy đủ", kind: "count", width: 13 },
      { header: "Tỷ lệ triển khai", kind: "rate", width: 11 },
    ],
    rows: summary.map((g) => ({
      bold: g.agency_group === "toan_quoc",
      values: [
        groupLabel(g.agency_group),
        g.agencies_with_figures,
        g.carried_forward_agencies,
        g.agencies_without_figures,
        g.total_systems,
        g.approved_systems,
        g.approval_rate,
        g.implemented_systems,
        g.implementation_rate,
      ],
    })),
  };
}
