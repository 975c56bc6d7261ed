import * as Plot from "@observablehq/plot";
import { COLORS } from "./colors.js";
import { fmtMonth, fmtRate } from "./format.js";
import { monthTicks } from "./monthTicks.js";
import { periodDate } from "./periodDate.js";

/**
 * Rates over the months against the 100 % target: `rows` are {period, series, rate, dashed?};
 * `deadlines` are {period, label} drawn as vertical rules.
 */
export function rateTrendChart(rows, { width, height = 300, deadlines = [], colors = {}, selected } = {}) {
  const data = rows.filter((d) => d.rate != null).map((d) => ({ ...d, date: periodDate(d.period) }));
  const series = [...new Set(rows.map((d) => d.series))];
  const periods = rows.map((d) => d.period).sort();
  // A deadline label reads away from the nearer edge of the chart.
  const late = (period) => periods.length > 0 && periodDate(period) - periodDate(periods[0]) > (periodDate(periods.at(-1)) - periodDate(periods[0])) / 2;
  return Plot.plot({
    width,
    height,
    marginLeft: 50,
    marginRight: 20,
    x: { type: "utc", label: null, tickFormat: (d) => fmtMonth(d.toISOString().slice(0, 7)), ticks: monthTicks(rows.map((d) => d.period)), inset: 10 },
    y: { domain: [0, 1], label: "Tỷ lệ", tickFormat: (d) => fmtRate(d).replace(",0", ""), grid: true },
    color: { domain: series, range: series.map((s) => colors[s] ?? COLORS.muted), legend: true },
    marks: [
      Plot.ruleY([1], { stroke: COLORS.target, strokeDasharray: "4,3" }),
      Plot.text([1], { y: (d) => d, frameAnchor: "right", textAnchor: "end", dy: -7, text: () => "Mục tiêu 100 %", fill: COLORS.target, fontSize: 11 }),
      ...deadlines.map((d) => Plot.ruleX([periodDate(d.period)], { stroke: COLORS.target, strokeOpacity: 0.4 })),
      ...deadlines.map((d, i) => Plot.text([d], { x: periodDate(d.period), frameAnchor: "bottom", dy: -6 - 13 * i, dx: late(d.period) ? -4 : 4, textAnchor: late(d.period) ? "end" : "start", text: "label", fill: COLORS.target, fontSize: 10 })),
      selected ? Plot.ruleX([periodDate(selected)], { stroke: "#000", strokeOpacity: 0.15, strokeWidth: 6 }) : null,
      Plot.line(data.filter((d) => d.dashed), { x: "date", y: "rate", stroke: "series", strokeDasharray: "4,3", strokeWidth: 1.5, curve: "monotone-x" }),
      Plot.line(data.filter((d) => !d.dashed), { x: "date", y: "rate", stroke: "series", strokeWidth: 2, curve: "monotone-x", marker: data.length < 60 ? "circle-stroke" : null }),
      Plot.tip(data, Plot.pointer({
        x: "date",
        y: "rate",
        title: (d) => `${d.series}\nTháng ${fmtMonth(d.period)}: ${fmtRate(d.rate)}${d.detail ? `\n${d.detail}` : ""}`,
      })),
    ],
  });
}
