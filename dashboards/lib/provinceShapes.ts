import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sourcesDir } from "./sourcesDir.ts";

/** The province boundaries (TopoJSON keyed to our agency codes, sources/geo, from ../shared/geo). */
export function provinceShapes(year: 2024 | 2025): unknown {
  return JSON.parse(readFileSync(join(sourcesDir(), "geo", `vn-provinces-${year}.topojson`), "utf8"));
}
