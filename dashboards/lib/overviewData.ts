import { editionAgency } from "./edition.ts";
import { pack } from "./pack.ts";
import { withWarehouse } from "./warehouse.ts";

/**
 * `data/overview.json`: the nation and both groups per month, the targets, systems by level, and
 * what makes each month incomplete — by name on the national site, as counts in an agency's
 * edition (which must name no other agency).
 */
export async function overviewData() {
  const agency = editionAgency();
  return withWarehouse(async (query) => {
    const incomplete = await query("incomplete_months");
    return {
      groups: pack(await query("group_period")),
      targets: await query("group_targets"),
      levels: pack(await query("national_levels")),
      incomplete: agency
        ? pack(countIncomplete(incomplete, agency))
        : pack(incomplete.map(({ period, agency_code, agency_group, agency_name, kind, report_period }) => ({ period, agency_code, agency_group, agency_name, kind, report_period }))),
    };
  });
}

/** Per month and kind, how many agencies; the edition's own agency is kept by name. */
function countIncomplete(rows: Record<string, unknown>[], agency: string) {
  const counts = new Map<string, { period: unknown; kind: unknown; agencies: number; includes_own: boolean }>();
  for (const r of rows) {
    const key = `${r.period}|${r.kind}`;
    const c = counts.get(key) ?? { period: r.period, kind: r.kind, agencies: 0, includes_own: false };
    c.agencies++;
    if (r.agency_code === agency) c.includes_own = true;
    counts.set(key, c);
  }
  return [...counts.values()];
}
