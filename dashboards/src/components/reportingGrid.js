import * as Plot from "@observablehq/plot";
import { fmtDate, fmtMonth } from "./format.js";
import { SUBMISSION_STATUS } from "./labels.js";
import { periodDate } from "./periodDate.js";

const ORDER = ["on_time", "late", "not_due", "missing"];
const RANGE = ["#2e7d32", "#f9a825", "#b0bec5", "#c62828"];

/** Agencies × months, each cell coloured by whether that month's report came on time, late or not at all. */
export function reportingGrid(rows, { width, names } = {}) {
  const data = rows.map((d) => ({ ...d, date: periodDate(d.period), name: names.get(d.agency_code) ?? d.agency_code }));
  const agencies = [...new Set(data.map((d) => d.name))];
  const months = new Set(rows.map((d) => d.period)).size;
  return Plot.plot({
    width,
    height: (months > 12 ? 70 : 50) + 16 * agencies.length,
    marginLeft: Math.min(240, width * 0.4),
    x: { type: "band", label: null, tickFormat: (d) => fmtMonth(new Date(d).toISOString().slice(0, 7)), axis: "top", tickRotate: months > 12 ? -45 : 0 },
    y: { domain: agencies, label: null, tickSize: 0 },
    color: { domain: ORDER.map((s) => SUBMISSION_STATUS[s]), range: RANGE, legend: true },
    marks: [
      Plot.cell(data, { x: "date", y: "name", fill: (d) => SUBMISSION_STATUS[d.status], inset: 0.5 }),
      Plot.tip(data, Plot.pointer({
        x: "date",
        y: "name",
        title: (d) => `${d.name}, tháng ${fmtMonth(d.period)}: ${SUBMISSION_STATUS[d.status]}${d.days_late ? ` ${d.days_late} ngày` : ""}${d.report_date ? `\nNgày báo cáo: ${fmtDate(d.report_date)}` : ""}`,
      })),
    ],
  });
}
