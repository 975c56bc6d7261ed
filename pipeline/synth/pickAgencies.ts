import type { AgencyRegistry } from "./AgencyRegistry.ts";
import type { Rng } from "./Rng.ts";
import type { Ym } from "./types.ts";

/** Agencies that make good examples and are taken first when they fit the quota. */
const PREFERRED_MINISTRIES = ["BCA", "BTTTT"];
const PREFERRED_PROVINCES = ["T79"];

/**
 * Picks `n` agencies of the 2024 lists that exist in the first period: about
 * one third ministries, the rest provinces. Returned in reference-list order.
 */
export function pickAgencies(registry: AgencyRegistry, n: number, rng: Rng, firstPeriod: Ym): string[] {
  const candidates = registry.codes2024.filter((c) => registry.existsIn(c, firstPeriod));
  const ministries = candidates.filter((c) => registry.get(c).group === "bo_nganh");
  const provinces = candidates.filter((c) => registry.get(c).group === "dia_phuong");
  const want = Math.max(1, Math.min(n, candidates.length));
  let m = Math.min(ministries.length, want >= 3 ? Math.max(1, Math.round(want / 3)) : 0);
  let p = want - m;
  if (p > provinces.length) {
    p = provinces.length;
    m = Math.min(ministries.length, want - p);
  }
  const choose = (pool: string[], preferred: string[], k: number): string[] => {
    const first = preferred.filter((c) => pool.includes(c)).slice(0, k >= 3 ? preferred.length : 1);
    const rest = rng.shuffle(pool.filter((c) => !first.includes(c)));
    return [...first, ...rest].slice(0, k);
  };
  const chosen = new Set([...choose(ministries, PREFERRED_MINISTRIES, m), ...choose(provinces, PREFERRED_PROVINCES, p)]);
  return candidates.filter((c) => chosen.has(c));
}
