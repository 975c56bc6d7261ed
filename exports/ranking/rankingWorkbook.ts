import type { RankBy, RankingData } from "./RankingData.ts";
import type { SheetDocument } from "../xlsx/SheetDocument.ts";
import type { WorkbookDocument } from "../xlsx/WorkbookDocument.ts";
import { groupLabel } from "../text/groupLabel.ts";
import { periodLabel } from "../text/periodLabel.ts";
import { formatDate } from "../text/formatDate.ts";
import { rankingSheetTable } from "./rankingSheetTable.ts";
import { summaryTable } from "./summaryTable.ts";
import { rankingNotes } from "./rankingNotes.ts";

const GROUPS = ["bo_nganh", "dia_phuong"] as const;

/** xep-hang-YYYY-MM.xlsx: the national summary sheet, then one ranking sheet per group. */
export function rankingWorkbook(data: RankingData, rankBy: RankBy): WorkbookDocument {
  const period = `Kỳ báo cáo: ${periodLabel(data.period)} (số liệu đến ngày ${formatDate(data.runDate)})`;
  return {
    title: `Xếp hạng bảo đảm an toàn HTTT theo cấp độ ${periodLabel(data.period)}`,
    sheets: [
      {
        name: groupLabel("toan_quoc"),
        title: "KẾT QUẢ BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ",
        subtitles: ["TỔNG HỢP TOÀN QUỐC", period],
        table: summaryTable(data.summary),
        notes: rankingNotes(data, "toan_quoc", rankBy),
      },
      ...GROUPS.map((group): SheetDocument => ({
        name: groupLabel(group),
        title: "BẢNG XẾP HẠNG BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ",
        subtitles: [`KHỐI ${groupLabel(group).toUpperCase()}`, period],
        table: rankingSheetTable(data.rows.filter((r) => r.agency_group === group), rankBy),
        notes: rankingNotes(data, group, rankBy),
      })),
    ],
  };
}
