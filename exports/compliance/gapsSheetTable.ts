import type { Table } from "../table/Table.ts";
import type { ComplianceGap } from "./ComplianceData.ts";
import { statusLabel } from "./statusLabel.ts";

/** An agency's unmet requirements, system by system, with the evidence read and the legal basis. */
export function gapsSheetTable(gaps: ComplianceGap[]): Table {
  return {
    columns: [
      { header: "STT", kind: "rank", width: 5 },
      { header: "Mã HTTT", kind: "text", width: 10 },
      { header: "Tên hệ thống thông tin", kind: "text", width: 28 },
      { header: "Cấp độ", kind: "level", width: 7 },
      { header: "Yêu cầu", kind: "text", width: 30 },
      { header: "Tình trạng", kind: "text", width: 12 },
      { header: "Thông tin trong báo cáo", kind: "text", width: 30 },
      { header: "Căn cứ pháp lý", kind: "text", width: 40 },
    ],
    rows: gaps.map((g, i) => ({
      values: [i + 1, g.system_code, g.system_name, g.level, g.requirement_name, statusLabel(g.status), g.evidence, g.legal_basis],
    })),
    emptyText: "Không có yêu cầu nào chưa đáp ứng",
  };
}
