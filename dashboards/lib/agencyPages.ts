import { editionAgency } from "./edition.ts";
import { pack } from "./pack.ts";
import { pageAgencies } from "./pageAgencies.ts";
import { withWarehouse, type Row } from "./warehouse.ts";

/**
 * `data/agencies.tar`: one `CODE.json` per agency with a page (see pageAgencies) — its months as the rankings see them, targets, systems
 * with their unmet requirements, reporting record and data-quality notes — plus its group's and
 * the nation's pooled rates. Each query runs once for all agencies (or only the edition's).
 */
export async function agencyPages(): Promise<Map<string, unknown>> {
  const agency = editionAgency();
  return withWarehouse(async (query) => {
    const p = { agency };
    const agencies = await pageAgencies(query, agency);
    const groups = await query("group_period");
    const tables = {
      history: await query("agency_history", p),
      targets: await query("agency_targets", p),
      requirements: await query("agency_requirements_latest", p),
      systems: await query("agency_systems_latest", p),
      unmet: await query("agency_unmet_latest", p),
      status: await query("agency_submission_status", p),
      submissions: await query("agency_submissions", p),
      notes: await query("agency_notes", p),
      rejected_rows: await query("agency_rejected_rows", p),
      rate_audit: await query("agency_rate_audit", p),
    };
    const byAgency = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, groupBy(rows)])) as Record<keyof typeof tables, Map<string, Row[]>>;
    const pages = new Map<string, unknown>();
    for (const a of agencies) {
      const code = a.agency_code as string;
      const own = (name: keyof typeof tables) => pack(withoutCode(byAgency[name].get(code) ?? []));
      pages.set(code, {
        agency: a,
        group: pack(groups.filter((g) => g.agency_group === a.agency_group).map(groupRates)),
        nation: pack(groups.filter((g) => g.agency_group === "toan_quoc").map(groupRates)),
        history: own("history"),
        targets: byAgency.targets.get(code) ?? [],
        requirements: byAgency.requirements.get(code) ?? [],
        systems: own("systems"),
        unmet: own("unmet"),
        status: own("status"),
        submissions: own("submissions"),
        notes: own("notes"),
        rejected_rows: own("rejected_rows"),
        rate_audit: own("rate_audit"),
      });
    }
    return pages;
  });
}

function groupBy(rows: Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const r of rows) {
    const code = r.agency_code as string;
    let list = map.get(code);
    if (!list) map.set(code, (list = []));
    list.push(r);
  }
  return map;
}

function withoutCode(rows: Row[]): Row[] {
  return rows.map(({ agency_code: _, ...rest }) => rest);
}

/** The group's and the nation's pooled figures on everyone's latest report, as the rankings. */
function groupRates(g: Row): Row {
  const { period, latest_agencies, latest_total_systems, latest_approved_systems, latest_implemented_systems, latest_approval_rate, latest_implementation_rate } = g;
  return { period, latest_agencies, latest_total_systems, latest_approved_systems, latest_implemented_systems, latest_approval_rate, latest_implementation_rate };
}
