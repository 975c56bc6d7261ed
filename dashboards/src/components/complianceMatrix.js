import * as Plot from "@observablehq/plot";
import { fmtInt, fmtRate } from "./format.js";

/**
 * Requirements × agencies: each cell is the share of the agency's applicable systems that meet
 * the requirement, labelled with the number that do not. `cells` are {agency, requirement, met,
 * applicable, unmet, unknown}.
 */
export function complianceMatrix(cells, { width, requirements, agencies } = {}) {
  const data = cells.filter((d) => d.applicable > 0).map((d) => ({ ...d, share: d.met / d.applicable }));
  return Plot.plot({
    width,
    height: 110 + 18 * agencies.length,
    marginLeft: Math.min(240, width * 0.35),
    marginTop: 110,
    marginRight: 50,
    x: { domain: requirements, label: null, axis: "top", tickRotate: -30 },
    y: { domain: agencies, label: null, tickSize: 0 },
    color: { type: "linear", domain: [0, 1], range: ["#c62828", "#fff3c4", "#2e7d32"], interpolate: "lab", label: "Tỷ lệ HTTT đạt yêu cầu", legend: true, tickFormat: (d) => fmtRate(d).replace(",0", "") },
    marks: [
      Plot.cell(data, { x: "requirement", y: "agency", fill: "share", inset: 0.5 }),
      Plot.text(data, { x: "requirement", y: "agency", text: (d) => (d.unmet + d.unknown > 0 ? fmtInt(d.unmet + d.unknown) : "✓"), fontSize: 10, fill: (d) => (d.share < 0.35 ? "white" : "black") }),
      Plot.tip(data, Plot.pointer({
        x: "requirement",
        y: "agency",
        title: (d) => `${d.agency}\n${d.requirement}\nĐạt: ${fmtInt(d.met)}/${fmtInt(d.applicable)} HTTT (${fmtRate(d.share)})\nChưa đạt: ${fmtInt(d.unmet)} · Chưa rõ: ${fmtInt(d.unknown)}`,
      })),
    ],
  });
}
