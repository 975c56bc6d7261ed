import * as Plot from "@observablehq/plot";
import { COLORS } from "./colors.js";
import { fmtMonth } from "./format.js";
import { monthTicks } from "./monthTicks.js";
import { periodDate } from "./periodDate.js";

/** An agency's rank within its group over the months (1 at the top): rows are {period, series, rank, of}. */
export function rankHistoryChart(rows, { width } = {}) {
  const data = rows.filter((d) => d.rank != null).map((d) => ({ ...d, date: periodDate(d.period) }));
  const worst = Math.max(1, ...data.map((d) => d.of ?? d.rank));
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 40,
    x: { type: "utc", label: null, tickFormat: (d) => fmtMonth(d.toISOString().slice(0, 7)), ticks: monthTicks(rows.map((d) => d.period)), inset: 10 },
    y: { domain: [worst, 1], label: "Hạng trong nhóm", grid: true, tickFormat: "d", ticks: [...new Set([1, ...[5, 10, 20, 30, 40, 50, 60].filter((t) => t < worst), worst])] },
    color: { domain: ["Phê duyệt HSĐXCĐ", "Triển khai đầy đủ"], range: [COLORS.approval, COLORS.implementation], legend: true },
    marks: [
      Plot.line(data, { x: "date", y: "rank", stroke: "series", marker: "circle-stroke" }),
      Plot.tip(data, Plot.pointer({ x: "date", y: "rank", title: (d) => `${d.series}, tháng ${fmtMonth(d.period)}: hạng ${d.rank}${d.of ? `/${d.of}` : ""}` })),
    ],
  });
}
