import { pack } from "./pack.ts";
import { withWarehouse } from "./warehouse.ts";

/** `data/reporting.json`: every expected reporter's status per month, and the agencies' names. */
export async function reportingData() {
  return withWarehouse(async (query) => ({
    agencies: pack((await query("agencies", { agency: null })).map(({ agency_code, agency_name, agency_group }) => ({ agency_code, agency_name, agency_group }))),
    status: pack(await query("reporting")),
  }));
}
