import type { DuckDBConnection } from "@duckdb/node-api";
import type { Targets } from "../../pipeline/config/loadTargets.ts";
import { loadTargetsTable } from "../../pipeline/warehouse/loadTargetsTable.ts";
import { MODELS_DIR } from "../../pipeline/warehouse/writeWarehouse.ts";
import { runModels } from "../../pipeline/warehouse/runModels.ts";
import { checkContracts, loadContracts } from "../../pipeline/warehouse/checkContracts.ts";

/** Replaces target_rules in a built warehouse with a test's own targets, then rebuilds every model and checks every contract. */
export async function rebuildWithTargets(connection: DuckDBConnection, targets: Targets): Promise<void> {
  await loadTargetsTable(connection, targets);
  const models = await runModels(connection, MODELS_DIR);
  const violations = await checkContracts(connection, loadContracts(MODELS_DIR, models));
  if (violations.length > 0) throw new Error(`Hợp đồng không đạt: ${violations.map((v) => `${v.model}: ${v.check} (${v.failingRows})`).join("; ")}`);
}
