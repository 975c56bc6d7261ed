import { pack } from "./pack.ts";
import { withWarehouse } from "./warehouse.ts";

/** `data/compliance.json`: requirements × agencies per level on each agency's latest BM-01. */
export async function complianceData() {
  return withWarehouse(async (query) => ({
    requirements: await query("requirements"),
    agencies: pack(await query("compliance_agencies")),
    cells: pack(await query("compliance_by_level")),
  }));
}
