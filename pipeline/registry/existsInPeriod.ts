import type { Agency } from "./Agency.ts";
import { assertPeriod } from "./assertPeriod.ts";
import { inMonths } from "./inMonths.ts";

/** Whether the agency exists in the month `period` ("YYYY-MM"). */
export function existsInPeriod(agency: Agency, period: string): boolean {
  assertPeriod(period);
  return inMonths(period, agency.validFrom, agency.validTo);
}
