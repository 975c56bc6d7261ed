import type { RankBy, RankingData, ReportingStatusRow } from "./RankingData.ts";
import type { GroupCode } from "../text/groupLabel.ts";
import { formatDate } from "../text/formatDate.ts";
import { periodLabel } from "../text/periodLabel.ts";
import { shiftMonth } from "../../pipeline/registry/shiftMonth.ts";
import { compareVietnamese } from "../text/compareVietnamese.ts";
import { CARRIED_FORWARD_MARK } from "./rankingSheetTable.ts";
import { groupLabel } from "../text/groupLabel.ts";

const RANK_BASIS: Record<RankBy, (w: RankingData["weights"]) => string> = {
  composite: (w) => `điểm tổng hợp = ${decimal(w.approval)} × tỷ lệ phê duyệt + ${decimal(w.implementation)} × tỷ lệ triển khai`,
  approval: () => "tỷ lệ phê duyệt",
  implementation: () => "tỷ lệ triển khai",
};

/**
 * The notes under a sheet: data as of, the definitions of both rates and of the rank, then which
 * agencies of `scope` did not report and whose figures were carried forward, and who reported late.
 */
export function rankingNotes(data: RankingData, scope: GroupCode, rankBy: RankBy): string[] {
  const month = periodLabel(data.period);
  const status = data.status
    .filter((s) => scope === "toan_quoc" || s.agency_group === scope)
    .sort((a, b) => compareVietnamese(a.agency_name, b.agency_name));
  const notes = [
    `Số liệu tổng hợp từ các báo cáo nhận được đến ngày ${formatDate(data.runDate)}; tỷ lệ và hạng được tính lại từ số hệ thống thông tin (HTTT) trong báo cáo, không dùng tỷ lệ do cơ quan tự ghi.`,
    "Tỷ lệ phê duyệt = số HTTT đã được phê duyệt hồ sơ đề xuất cấp độ ÷ tổng số HTTT. Tỷ lệ triển khai = số HTTT đã được phê duyệt và đã triển khai đầy đủ phương án bảo đảm an toàn ÷ tổng số HTTT (tính trên tất cả HTTT, không chỉ trên HTTT đã được phê duyệt). Tỷ lệ của khối và của toàn quốc là tỷ lệ gộp: tổng số HTTT đạt của các cơ quan ÷ tổng số HTTT của các cơ quan, không phải trung bình cộng tỷ lệ của các cơ quan.",
  ];
  if (scope !== "toan_quoc") {
    const previous = periodLabel(shiftMonth(data.period, -1));
    notes.push(`Hạng: xếp trong khối theo ${RANK_BASIS[rankBy](data.weights)}, từ cao xuống thấp; cùng ${rankBy === "composite" ? "điểm" : "tỷ lệ"} thì cùng hạng; cơ quan không có HTTT không được xếp hạng. Thay đổi hạng: so với hạng ${previous} (+ tăng hạng, - giảm hạng); để trống khi ${previous} cơ quan chưa có số liệu.`);
  }
  // The national sheet names the agencies when they are few; the group sheets always do.
  const list = (items: string[], separator: string) => scope === "toan_quoc" && items.length > NATIONAL_LIST_MAX
    ? `${items.length} cơ quan (danh sách tại trang "${groupLabel("bo_nganh")}" và trang "${groupLabel("dia_phuong")}")`
    : `${items.length} cơ quan: ${items.join(separator)}`;
  const carried = status.filter((s) => s.is_carried_forward);
  notes.push(carried.length === 0
    ? `Tất cả cơ quan trong bảng đều có báo cáo ${month}.`
    : `${CARRIED_FORWARD_MARK.trim()} Không gửi báo cáo ${month}, dùng số liệu của báo cáo gần nhất — ${list(carried.map(carriedText(data.staleAfterMonths)), "; ")}.`);
  const without = status.filter((s) => !s.has_figures && s.status !== "not_due");
  notes.push(without.length === 0
    ? "Tất cả cơ quan phải báo cáo đều có số liệu."
    : `Chưa có số liệu (chưa gửi báo cáo nào tính đến ${month}, không có trong bảng) — ${list(without.map((s) => s.agency_name), ", ")}.`);
  const notDue = status.filter((s) => s.status === "not_due");
  if (notDue.length > 0) {
    notes.push(`Báo cáo theo quý, chưa đến hạn trong ${month} — ${list(notDue.map((s) => s.agency_name), ", ")}.`);
  }
  const late = status.filter((s) => s.status === "late");
  if (late.length > 0) {
    notes.push(`Gửi báo cáo muộn (hạn ngày ${formatDate(late[0]!.deadline_date)}) — ${list(late.map(lateText), "; ")}.`);
  }
  return notes;
}

const NATIONAL_LIST_MAX = 10;

function carriedText(staleAfterMonths: number) {
  return (s: ReportingStatusRow) =>
    `${s.agency_name} (báo cáo ${periodLabel(s.report_period ?? "")}${s.is_stale ? `, cũ hơn ${staleAfterMonths} tháng` : ""})`;
}

function lateText(s: ReportingStatusRow): string {
  if (s.report_date === null) return `${s.agency_name} (báo cáo không ghi ngày)`;
  return `${s.agency_name} (ngày ${formatDate(s.report_date)}, muộn ${s.days_late} ngày)`;
}

function decimal(n: number): string {
  return String(n).replace(".", ",");
}
