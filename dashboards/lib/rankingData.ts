import { pack } from "./pack.ts";
import { rankBy } from "./rankBy.ts";
import { withWarehouse } from "./warehouse.ts";

/** `data/ranking-*.json`: a group's ranking for every month, its pooled rates, who has no figures. */
export async function rankingData(agencyGroup: "bo_nganh" | "dia_phuong") {
  return withWarehouse(async (query) => ({
    rank_by: rankBy(),
    rows: pack(await query("ranking_rows", { agency_group: agencyGroup })),
    group: pack((await query("group_period")).filter((r) => r.agency_group === agencyGroup)),
    missing: pack(await query("ranking_missing", { agency_group: agencyGroup })),
  }));
}
