import type { ComplianceGap, ComplianceReport, ComplianceSystem } from "./ComplianceData.ts";
import type { WorkbookDocument } from "../xlsx/WorkbookDocument.ts";
import { periodLabel } from "../text/periodLabel.ts";
import { periodEndDate } from "../text/periodEndDate.ts";
import { formatDate } from "../text/formatDate.ts";
import { gapsSheetTable } from "./gapsSheetTable.ts";
import { systemsSheetTable } from "./systemsSheetTable.ts";

export interface ComplianceInput {
  period: string;
  runDate: string;
  report: ComplianceReport;
  systems: ComplianceSystem[];
  gaps: ComplianceGap[];
}

/** tuan-thu-YYYY-MM-<agency>.xlsx: the requirements an agency is asked to fix, then its systems. */
export function complianceWorkbook(input: ComplianceInput): WorkbookDocument {
  const { report, systems, gaps } = input;
  const unmet = gaps.filter((g) => g.status === "unmet").length;
  const period = `Kỳ báo cáo: ${periodLabel(input.period)}${report.report_date ? ` (báo cáo ngày ${formatDate(report.report_date)})` : ""}`;
  const notes = [
    `Căn cứ: biểu BM-01 của ${report.agency_name} ${periodLabel(input.period)} (tệp "${report.source_file}"), trong các báo cáo nhận được đến ngày ${formatDate(input.runDate)}: ${systems.length} hệ thống thông tin (HTTT) được tính; ${unmet} yêu cầu chưa đáp ứng và ${gaps.length - unmet} yêu cầu thiếu thông tin.`,
    `Mỗi HTTT được đánh giá theo các yêu cầu áp dụng cho cấp độ của HTTT theo quy định có hiệu lực vào ngày cuối kỳ báo cáo (${formatDate(periodEndDate(input.period))}). "Chưa đáp ứng": thông tin trong báo cáo cho thấy HTTT chưa đáp ứng yêu cầu. "Thiếu thông tin": báo cáo không ghi hoặc ghi không rõ thông tin cần để đánh giá — đề nghị bổ sung trong báo cáo kỳ sau.`,
  ];
  return {
    title: `Yêu cầu chưa đáp ứng — ${report.agency_name} — ${periodLabel(input.period)}`,
    sheets: [
      {
        name: "Yêu cầu chưa đáp ứng",
        title: "DANH SÁCH YÊU CẦU BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ CHƯA ĐÁP ỨNG",
        subtitles: [report.agency_name.toUpperCase(), period],
        table: gapsSheetTable(gaps),
        notes,
      },
      {
        name: "Hệ thống thông tin",
        title: "DANH SÁCH HỆ THỐNG THÔNG TIN VÀ KẾT QUẢ ĐÁNH GIÁ CÁC YÊU CẦU",
        subtitles: [report.agency_name.toUpperCase(), period],
        table: systemsSheetTable(systems),
        notes: notes.slice(0, 2),
      },
    ],
  };
}
