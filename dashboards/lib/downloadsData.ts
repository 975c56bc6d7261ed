import { editionAgency } from "./edition.ts";
import { exportFiles } from "./exportFiles.ts";
import { withWarehouse } from "./warehouse.ts";

/**
 * `data/downloads.json`: the export files buildDashboard copies into the site's `exports/` folder
 * (CAPDO_EXPORTS_DIR is that snapshot), with the agency a per-agency file is for.
 */
export async function downloadsData() {
  const dir = process.env.CAPDO_EXPORTS_DIR;
  const files = dir ? exportFiles(dir, editionAgency()) : [];
  if (files.length === 0) return { files };
  const agencies = await withWarehouse((query) => query("agencies", { agency: editionAgency() }));
  const codes = new Map(agencies.map((a) => [String(a.agency_code).toLowerCase(), a]));
  return {
    files: files.map((f) => {
      const agency = codes.get(/-([A-Za-z0-9]+)\.[a-z]+$/.exec(f.name)?.[1]?.toLowerCase() ?? "");
      return { ...f, agency_code: agency?.agency_code ?? null, agency_name: agency?.agency_name ?? null };
    }),
  };
}
