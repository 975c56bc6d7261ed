import { agencyPages } from "./agencyPages.ts";
import { agencyListData } from "./agencyListData.ts";
import { complianceData } from "./complianceData.ts";
import { downloadsData } from "./downloadsData.ts";
import { overviewData } from "./overviewData.ts";
import { pack } from "./pack.ts";
import { provinceShapes } from "./provinceShapes.ts";
import { qualityData } from "./qualityData.ts";
import { rankingData } from "./rankingData.ts";
import { reportingData } from "./reportingData.ts";
import { siteData } from "./siteData.ts";
import { tar } from "./tar.ts";
import { withWarehouse } from "./warehouse.ts";

const json = (data: () => Promise<unknown>) => async () => JSON.stringify(await data());

/**
 * What each data loader `src/data/NAME.ts` writes, by NAME: Framework runs a loader file (under
 * `observable preview`), which writes its entry (runLoader); a build writes them all from one process
 * instead (writeLoaderOutputs), rather than starting a process with tsx and DuckDB for each.
 */
export const LOADER_OUTPUTS: Record<string, () => Promise<string | Buffer>> = {
  // Every agency's page data as `agencies/CODE.json` inside one archive (see tar.ts).
  "agencies.tar": async () => tar([...(await agencyPages())].map(([code, data]) => [`${code}.json`, JSON.stringify(data)])),
  "agency-list.json": json(agencyListData),
  "compliance.json": json(complianceData),
  "downloads.json": json(downloadsData),
  "overview.json": json(overviewData),
  "provinces-2024.json": json(async () => provinceShapes(2024)),
  "provinces-2025.json": json(async () => provinceShapes(2025)),
  "quality.json": json(qualityData),
  "ranking-bo-nganh.json": json(() => rankingData("bo_nganh")),
  "ranking-dia-phuong.json": json(() => rankingData("dia_phuong")),
  "reporting.json": json(reportingData),
  "restated-provinces.json": json(() => withWarehouse(async (query) => pack(await query("restated_provinces")))),
  "site.json": json(siteData),
};

/** The output of loader NAME; an unknown name is a loader file without an entry here. */
export function loaderOutput(name: string): Promise<string | Buffer> {
  const output = LOADER_OUTPUTS[name];
  if (!output) throw new Error(`Không có dữ liệu cho bộ nạp ${name} trong dashboards/lib/loaderOutputs.ts`);
  return output();
}
