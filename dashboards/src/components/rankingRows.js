const collator = new Intl.Collator("vi");

export const METRICS = {
  approval: { label: "Tỷ lệ phê duyệt HSĐXCĐ", rate: "approval_rate" },
  implementation: { label: "Tỷ lệ triển khai đầy đủ", rate: "implementation_rate" },
  composite: { label: "Điểm tổng hợp", rate: "composite_score" },
};

/**
 * One month of a group's ranking rows (agency_latest: own report or carried forward), ranked by
 * `metric`: ties share a rank and follow Vietnamese name order, agencies without a rank come last.
 */
export function rankingRows(rows, month, metric = "approval") {
  return rows
    .filter((d) => d.period === month)
    .map((d) => ({ ...d, rank: d[`${metric}_rank`], rank_change: d[`${metric}_rank_change`], rate: d[METRICS[metric].rate] }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || collator.compare(a.agency_name, b.agency_name));
}
