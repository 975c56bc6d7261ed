import * as Plot from "@observablehq/plot";
import { COLORS } from "./colors.js";
import { fmtInt } from "./format.js";

/**
 * Systems per security level for one month: all systems, of which approved, of which fully
 * implemented (per-level approval is known only from BM-01 registers).
 */
export function levelsChart(levels, { width } = {}) {
  const data = levels.flatMap((l) => [
    { level: `Cấp độ ${l.level}`, measure: "Tổng số HTTT", value: l.systems },
    { level: `Cấp độ ${l.level}`, measure: "Đã phê duyệt HSĐXCĐ", value: l.approved_systems },
    { level: `Cấp độ ${l.level}`, measure: "Triển khai đầy đủ", value: l.implemented_systems },
  ]).filter((d) => d.value != null);
  const measures = ["Tổng số HTTT", "Đã phê duyệt HSĐXCĐ", "Triển khai đầy đủ"];
  return Plot.plot({
    width,
    height: 280,
    marginLeft: 50,
    x: { axis: null, domain: measures },
    fx: { label: null, padding: 0.15 },
    y: { label: "Số HTTT", grid: true, tickFormat: fmtInt },
    color: { domain: measures, range: [COLORS.muted, COLORS.approval, COLORS.implementation], legend: true },
    marks: [
      Plot.barY(data, { fx: "level", x: "measure", y: "value", fill: "measure" }),
      Plot.text(data, { fx: "level", x: "measure", y: "value", text: (d) => fmtInt(d.value), dy: -6, fontSize: 10 }),
      Plot.ruleY([0]),
    ],
  });
}
