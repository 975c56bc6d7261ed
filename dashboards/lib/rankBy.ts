import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sourcesDir } from "./sourcesDir.ts";

export type RankBy = "composite" | "approval" | "implementation";

/**
 * The rate the official ranking annex ranks by (`rank_by` of sources/export-settings.json, read by
 * the exports): the ranking pages open on the same rank, so the site and the annex agree.
 */
export function rankBy(): RankBy {
  try {
    const settings = JSON.parse(readFileSync(join(sourcesDir(), "export-settings.json"), "utf8")) as { rank_by?: unknown };
    return settings.rank_by === "approval" || settings.rank_by === "implementation" || settings.rank_by === "composite" ? settings.rank_by : "composite";
  } catch {
    return "composite";
  }
}
