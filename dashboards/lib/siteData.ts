import { editionAgency } from "./edition.ts";
import { withWarehouse } from "./warehouse.ts";

/** `data/site.json`: when the data was built, the months it covers, and which edition this is. */
export async function siteData() {
  const agency = editionAgency();
  return withWarehouse(async (query) => {
    const [run] = await query("run_info");
    const periods = (await query("group_period")).filter((r) => r.agency_group === "toan_quoc").map((r) => r.period as string);
    const [own] = agency ? await query("agencies", { agency }) : [];
    if (agency && !own) throw new Error(`Không có cơ quan mã ${agency} trong kho dữ liệu`);
    return {
      run,
      periods,
      edition: own ? { agency_code: own.agency_code, agency_name: own.agency_name, agency_group: own.agency_group } : null,
    };
  });
}
