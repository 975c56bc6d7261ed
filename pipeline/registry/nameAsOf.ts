import type { Agency } from "./Agency.ts";
import { assertPeriod } from "./assertPeriod.ts";
import { inMonths } from "./inMonths.ts";

/**
 * The agency's official name in month `period`. Outside the agency's lifetime the nearest
 * name is given (first before it, last after it), so messages can always name it.
 */
export function nameAsOf(agency: Agency, period: string): string {
  assertPeriod(period);
  const current = agency.names.find((n) => inMonths(period, n.from, n.to));
  if (current) return current.name;
  const first = agency.names[0];
  const last = agency.names[agency.names.length - 1];
  if (!first || !last) return agency.code;
  return first.from !== null && period < first.from ? first.name : last.name;
}
