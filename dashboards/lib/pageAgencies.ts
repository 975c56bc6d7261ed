import type { Query, Row } from "./warehouse.ts";

/** The agencies that get a page: those that reported or were expected to (the edition's own only). */
export async function pageAgencies(query: Query, agency: string | null): Promise<Row[]> {
  return (await query("agencies", { agency })).filter((a) => a.first_period != null || (a.expected_periods as number) > 0);
}
