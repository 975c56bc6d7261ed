import type { Table } from "../table/Table.ts";
import type { ComplianceSystem } from "./ComplianceData.ts";

/** An agency's counted systems, each with how many requirements apply and how many it meets. */
export function systemsSheetTable(systems: ComplianceSystem[]): Table {
  return {
    columns: [
      { header: "STT", kind: "rank", width: 5 },
      { header: "Mã HTTT", kind: "text", width: 10 },
      { header: "Tên hệ thống thông tin", kind: "text", width: 44 },
      { header: "Cấp độ", kind: "level", width: 7 },
      { header: "Số yêu cầu áp dụng", kind: "count", width: 11 },
      { header: "Đáp ứng", kind: "count", width: 10 },
      { header: "Chưa đáp ứng", kind: "count", width: 10 },
      { header: "Thiếu thông tin", kind: "count", width: 10 },
    ],
    rows: systems.map((y, i) => ({
      values: [i + 1, y.system_code, y.system_name, y.level, y.applicable_requirements, y.met_requirements, y.unmet_requirements, y.unknown_requirements],
    })),
    emptyText: "Báo cáo không có hệ thống thông tin nào được tính",
  };
}
