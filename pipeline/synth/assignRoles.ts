import type { AgencyRegistry } from "./AgencyRegistry.ts";
import type { Rng } from "./Rng.ts";
import type { ReporterRole, Ym } from "./types.ts";
import { months } from "./months.ts";

/**
 * Decides how each picked agency reports: BCA (and a few others) by BM-02
 * only, one small agency with 0 systems (BM-02), one province quarterly, the
 * rest monthly BM-01.
 */
export function assignRoles(
  registry: AgencyRegistry,
  picked: string[],
  rng: Rng,
  periods: Ym[],
): Map<string, ReporterRole> {
  const roles = new Map<string, ReporterRole>(picked.map((c) => [c, "bm01"]));
  const ministries = picked.filter((c) => registry.get(c).group === "bo_nganh");
  const provinces = picked.filter((c) => registry.get(c).group === "dia_phuong");
  if (roles.has("BCA")) roles.set("BCA", "bm02");
  // A few more BM-02-only reporters: about one in 25 agencies.
  const extra = Math.round(picked.length / 25);
  const pool = rng.shuffle(picked.filter((c) => roles.get(c) === "bm01" && c !== "BTTTT" && c !== "T79"));
  for (const c of pool.slice(0, extra)) roles.set(c, "bm02");
  // One agency with 0 systems: a small ministry-level or government agency.
  if (picked.length >= 6) {
    const small = ministries.filter((c) => roles.get(c) === "bm01" && c !== "BTTTT" && registry.get(c).kind !== "bo");
    const any = ministries.filter((c) => roles.get(c) === "bm01" && c !== "BTTTT");
    const zero = small.length > 0 ? rng.pick(small) : any.length > 0 ? rng.pick(any) : null;
    if (zero) roles.set(zero, "zero");
  }
  // One province reporting quarterly, if a quarter ends inside the range.
  const quarterEnds = periods.filter((p) => months.isQuarterEnd(p));
  if (quarterEnds.length > 0 && provinces.length >= 2) {
    const pool2 = provinces.filter((c) => roles.get(c) === "bm01" && c !== "T79");
    if (pool2.length > 0) roles.set(rng.pick(pool2), "quarterly");
  }
  return roles;
}
