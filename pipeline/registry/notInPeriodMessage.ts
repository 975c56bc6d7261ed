import type { Agency } from "./Agency.ts";
import type { AgencyRegistry } from "./AgencyRegistry.ts";
import { monthLabel } from "./monthLabel.ts";
import { nameAsOf } from "./nameAsOf.ts";
import { shiftMonth } from "./shiftMonth.ts";

/**
 * Why `agency` cannot report for `period`, e.g. `"Tỉnh Kon Tum" không còn tồn tại trong kỳ 2025-08
 * (đã sáp nhập vào Tỉnh Quảng Ngãi từ 07/2025)`. `subject` is the quoted reference; `withCodes`
 * adds the registry codes of successor/predecessors (useful when the reference was a code).
 */
export function notInPeriodMessage(
  registry: AgencyRegistry,
  subject: string,
  agency: Agency,
  period: string,
  withCodes: boolean,
): string {
  const named = (other: Agency, month: string): string =>
    withCodes ? `${nameAsOf(other, month)} (${other.code})` : nameAsOf(other, month);

  if (agency.validTo !== null && period > agency.validTo) {
    const next = shiftMonth(agency.validTo, 1);
    const successor = agency.successor === null ? undefined : registry.byCode.get(agency.successor);
    const detail = successor
      ? `đã sáp nhập vào ${named(successor, next)} từ ${monthLabel(next)}`
      : `chỉ tồn tại đến ${monthLabel(agency.validTo)}`;
    return `${subject} không còn tồn tại trong kỳ ${period} (${detail})`;
  }

  const from = agency.validFrom ?? period;
  const before = shiftMonth(from, -1);
  const predecessors = agency.predecessors
    .filter((code) => code !== agency.code)
    .map((code) => registry.byCode.get(code))
    .filter((other): other is Agency => other !== undefined)
    .map((other) => named(other, before));
  const basis = predecessors.length > 0 ? ` trên cơ sở ${predecessors.join(", ")}` : "";
  return `${subject} chưa tồn tại trong kỳ ${period} (thành lập từ ${monthLabel(from)}${basis})`;
}
