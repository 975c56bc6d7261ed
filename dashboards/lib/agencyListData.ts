import { pack } from "./pack.ts";
import { withWarehouse } from "./warehouse.ts";

/** `data/agency-list.json`: every agency of the registry, with the months it reported. */
export async function agencyListData() {
  return withWarehouse(async (query) => pack(await query("agencies", { agency: null })));
}
