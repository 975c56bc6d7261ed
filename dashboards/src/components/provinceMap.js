import * as d3 from "d3";
import * as Plot from "@observablehq/plot";
import * as topojson from "topojson-client";
import { fmtRate } from "./format.js";

/**
 * A choropleth of the provinces: `values` maps an agency code to {rate, detail}. The boundaries
 * include the Hoàng Sa and Trường Sa archipelagos (with Đà Nẵng and Khánh Hòa), labelled here.
 */
export function provinceMap(topology, { values, width, label = "Tỷ lệ" }) {
  const object = Object.values(topology.objects)[0];
  const features = topojson.feature(topology, object).features;
  const shaded = features.map((f) => ({ feature: f, name: f.properties.name, ...values.get(f.properties.code) }));
  return Plot.plot({
    width,
    projection: { type: "mercator", domain: { type: "FeatureCollection", features } },
    color: { type: "linear", domain: [0, 1], range: ["#f2d7d5", "#1f5fad"], interpolate: "lab", label, legend: true, tickFormat: (d) => fmtRate(d).replace(",0", "") },
    marks: [
      Plot.geo(shaded.map((d) => d.feature), { fill: "#e6e6e6", stroke: "white", strokeWidth: 0.5 }),
      Plot.geo(shaded.filter((d) => d.rate != null), { geometry: (d) => d.feature, fill: (d) => d.rate, stroke: "white", strokeWidth: 0.5 }),
      Plot.geo(islands(features), { stroke: "#333", strokeWidth: 0.8, fill: "none" }),
      Plot.text(archipelagos(features), { x: "x", y: "y", text: "label", fontSize: 11, fill: "#222", textAnchor: "start", dx: 8, lineWidth: 7 }),
      Plot.tip(shaded, Plot.pointer(Plot.geoCentroid({
        geometry: (d) => d.feature,
        title: (d) => `${d.name}\n${d.rate == null ? "Không có số liệu" : `${label}: ${fmtRate(d.rate)}`}${d.detail ? `\n${d.detail}` : ""}`,
      }))),
    ],
  });
}

/** The islands far east of the mainland (east of 110.5° E): the Hoàng Sa and Trường Sa archipelagos. */
function islands(features) {
  return features
    .flatMap((f) => (f.geometry.type === "MultiPolygon" ? f.geometry.coordinates : [f.geometry.coordinates]))
    .map((coordinates) => ({ type: "Polygon", coordinates }))
    .filter((polygon) => d3.geoCentroid(polygon)[0] > 110.5);
}

/** A label beside each archipelago: Hoàng Sa to the north, Trường Sa to the south. */
function archipelagos(features) {
  const parts = islands(features).map((polygon) => d3.geoCentroid(polygon));
  const north = parts.filter(([, lat]) => lat > 13);
  const south = parts.filter(([, lat]) => lat <= 13);
  const at = (ps, label) => (ps.length ? [{ x: d3.max(ps, (p) => p[0]), y: d3.mean(ps, (p) => p[1]), label }] : []);
  return [...at(north, "Quần đảo Hoàng Sa"), ...at(south, "Quần đảo Trường Sa")];
}
