import * as Inputs from "@observablehq/inputs";
import { el } from "./el.js";
import { fmtInt, fmtMonth, fmtRankChange, fmtRate, fmtScore, DASH } from "./format.js";

/**
 * The ranking table, as in the official annex: rank, change, agency (linking to its page; `*` when
 * its figures are carried forward from an earlier report), counts, both rates and the month the
 * figures come from; sortable by any column. `rows` come in ranking order (rankingRows.js).
 */
export function rankingTable(rows, { rankLabel = "Hạng", linkAgencies = true, showScore = false } = {}) {
  const table = rows.map((d) => ({
    [rankLabel]: d.rank,
    "Thay đổi": d.rank_change,
    "Cơ quan": d.agency_name,
    "Số HTTT": d.total_systems,
    "Đã phê duyệt": d.approved_systems,
    "Tỷ lệ phê duyệt": d.approval_rate,
    "Triển khai đầy đủ": d.implemented_systems,
    "Tỷ lệ triển khai": d.implementation_rate,
    ...(showScore ? { "Điểm tổng hợp": d.composite_score } : {}),
    "Kỳ số liệu": d.report_period,
    code: d.agency_code,
    carried: d.is_carried_forward,
  }));
  const columns = Object.keys(table[0] ?? { [rankLabel]: 0 }).filter((c) => c !== "code" && c !== "carried");
  const element = Inputs.table(table, {
    columns,
    select: false,
    rows: Math.max(12, table.length + 4), // every row on the page (the header may take two lines)
    layout: "auto",
    format: {
      [rankLabel]: (v) => (v == null ? DASH : fmtInt(v)),
      "Thay đổi": (v) => el("span", { class: v > 0 ? "up" : v < 0 ? "down" : null }, fmtRankChange(v)),
      "Cơ quan": (v, i, data) => el("span", {}, linkAgencies ? el("a", { href: `./co-quan/${encodeURIComponent(data[i].code)}` }, v) : v, data[i].carried ? el("span", { class: "muted", title: "Chưa báo cáo tháng này: dùng số liệu kỳ gần nhất" }, " (*)") : null),
      "Số HTTT": fmtInt,
      "Đã phê duyệt": fmtInt,
      "Tỷ lệ phê duyệt": fmtRate,
      "Triển khai đầy đủ": fmtInt,
      "Tỷ lệ triển khai": fmtRate,
      "Điểm tổng hợp": fmtScore,
      "Kỳ số liệu": (v, i, data) => el("span", { class: data[i].carried ? "muted" : null }, fmtMonth(v)),
    },
    align: { "Thay đổi": "center", "Cơ quan": "left" },
  });
  element.setAttribute("data-testid", "ranking-table");
  element.classList.add("capdo-table");
  return element;
}
