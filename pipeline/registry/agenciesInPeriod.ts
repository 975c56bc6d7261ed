import type { Agency } from "./Agency.ts";
import type { AgencyRegistry } from "./AgencyRegistry.ts";
import { existsInPeriod } from "./existsInPeriod.ts";

/** The agencies that exist in month `period`, in registry order (ministries, then provinces). */
export function agenciesInPeriod(registry: AgencyRegistry, period: string): Agency[] {
  return registry.agencies.filter((agency) => existsInPeriod(agency, period));
}
