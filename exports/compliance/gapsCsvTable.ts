import type { Table } from "../table/Table.ts";
import type { ComplianceGap } from "./ComplianceData.ts";
import { statusLabel } from "./statusLabel.ts";
import { vietnameseRanks } from "../text/vietnameseRanks.ts";

/** Every agency's unmet requirements of the month in one CSV table, agencies in Vietnamese order. */
export function gapsCsvTable(gaps: ComplianceGap[]): Table {
  const names = vietnameseRanks(gaps.map((g) => g.agency_name));
  const sorted = gaps
    .map((g, i) => ({ g, i }))
    .sort((a, b) => names.get(a.g.agency_name)! - names.get(b.g.agency_name)! || (a.g.agency_code < b.g.agency_code ? -1 : a.g.agency_code > b.g.agency_code ? 1 : a.i - b.i))
    .map(({ g }) => g);
  return {
    columns: [
      { header: "Mã cơ quan", kind: "text", width: 10 },
      { header: "Tên cơ quan", kind: "text", width: 30 },
      { header: "Mã HTTT", kind: "text", width: 10 },
      { header: "Tên hệ thống thông tin", kind: "text", width: 30 },
      { header: "Cấp độ", kind: "level", width: 7 },
      { header: "Yêu cầu", kind: "text", width: 30 },
      { header: "Tình trạng", kind: "text", width: 12 },
      { header: "Thông tin trong báo cáo", kind: "text", width: 30 },
      { header: "Căn cứ pháp lý", kind: "text", width: 40 },
    ],
    rows: sorted.map((g) => ({
      values: [g.agency_code, g.agency_name, g.system_code, g.system_name, g.level, g.requirement_name, statusLabel(g.status), g.evidence, g.legal_basis],
    })),
  };
}
