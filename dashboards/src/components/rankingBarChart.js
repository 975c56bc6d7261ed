import * as Plot from "@observablehq/plot";
import { COLORS } from "./colors.js";
import { fmtRate } from "./format.js";

/**
 * One bar per agency in ranking order, with the 100 % target and the group's pooled rate:
 * `rows` are {name, rate, rank}.
 */
export function rankingBarChart(rows, { width, color = COLORS.approval, groupRate, groupLabel = "Chung cả nhóm" } = {}) {
  const data = rows.map((d) => ({ ...d, label: d.rank == null ? d.name : `${d.rank}. ${d.name}` }));
  return Plot.plot({
    width,
    height: 40 + 20 * Math.max(1, data.length),
    marginLeft: Math.min(260, Math.max(120, width * 0.42)),
    marginRight: 60,
    x: { domain: [0, 1], axis: "top", label: null, ticks: [0, 0.25, 0.5, 0.75, 1], tickFormat: (d) => (d === 1 ? "Mục tiêu 100 %" : fmtRate(d).replace(",0", "")), grid: true },
    y: { domain: data.map((d) => d.label), label: null, tickSize: 0 },
    marks: [
      Plot.axisY({ tickSize: 0, textOverflow: "ellipsis-end", lineWidth: 20, fontSize: 11 }),
      Plot.barX(data, { x: "rate", y: "label", fill: color, insetTop: 2, insetBottom: 2 }),
      Plot.text(data, { x: "rate", y: "label", text: (d) => fmtRate(d.rate), textAnchor: "start", dx: 3, fontSize: 10 }),
      groupRate == null ? null : Plot.ruleX([groupRate], { stroke: COLORS.group, strokeDasharray: "2,2" }),
      groupRate == null ? null : Plot.text([groupRate], { x: (d) => d, frameAnchor: "bottom", dy: 14, text: () => `${groupLabel}: ${fmtRate(groupRate)}`, fill: COLORS.group, fontSize: 10 }),
      Plot.ruleX([1], { stroke: COLORS.target, strokeWidth: 1.5 }),
      Plot.tip(data, Plot.pointerY({ x: "rate", y: "label", title: (d) => `${d.name}: ${fmtRate(d.rate)}${d.detail ? `\n${d.detail}` : ""}` })),
    ],
  });
}
