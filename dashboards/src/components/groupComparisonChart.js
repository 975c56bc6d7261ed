import * as Plot from "@observablehq/plot";
import { COLORS } from "./colors.js";
import { fmtRate } from "./format.js";

/** Ministries, provinces and the nation side by side for one month: both rates, the 100 % target. */
export function groupComparisonChart(rows, { width } = {}) {
  const data = rows.flatMap((g) => [
    { group: g.label, measure: "Phê duyệt HSĐXCĐ", rate: g.approval_rate, detail: g.approval_detail },
    { group: g.label, measure: "Triển khai đầy đủ", rate: g.implementation_rate, detail: g.implementation_detail },
  ]).filter((d) => d.rate != null);
  return Plot.plot({
    width,
    height: 60 + 70 * rows.length,
    marginLeft: 90,
    marginRight: 60,
    x: { domain: [0, 1], label: null, tickFormat: (d) => fmtRate(d).replace(",0", ""), grid: true },
    y: { domain: rows.map((g) => g.label), label: null },
    fy: { label: null },
    color: { domain: ["Phê duyệt HSĐXCĐ", "Triển khai đầy đủ"], range: [COLORS.approval, COLORS.implementation], legend: true },
    marks: [
      Plot.barX(data, { x: "rate", y: "group", fill: "measure", fy: "measure", insetTop: 4, insetBottom: 4 }),
      Plot.text(data, { x: "rate", y: "group", fy: "measure", text: (d) => fmtRate(d.rate), textAnchor: "start", dx: 4, fontSize: 11 }),
      Plot.ruleX([1], { stroke: COLORS.target, strokeDasharray: "4,3" }),
      Plot.tip(data, Plot.pointerY({ x: "rate", y: "group", fy: "measure", title: (d) => `${d.group} — ${d.measure}: ${fmtRate(d.rate)}\n${d.detail}` })),
    ],
  });
}
