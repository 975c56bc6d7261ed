import type { DuckDBConnection } from "@duckdb/node-api";
import { loadRequirementRulesTable } from "../../pipeline/warehouse/loadRequirementRulesTable.ts";
import { MODELS_DIR } from "../../pipeline/warehouse/writeWarehouse.ts";
import { runModels } from "../../pipeline/warehouse/runModels.ts";
import { checkContracts, loadContracts } from "../../pipeline/warehouse/checkContracts.ts";

/** Replaces requirement_rules in a built warehouse with a test's own requirements file, then rebuilds every model and checks every contract. */
export async function rebuildWithRequirements(connection: DuckDBConnection, file: string): Promise<void> {
  await loadRequirementRulesTable(connection, file);
  const models = await runModels(connection, MODELS_DIR);
  const violations = await checkContracts(connection, loadContracts(MODELS_DIR, models));
  if (violations.length > 0) throw new Error(`Hợp đồng không đạt: ${violations.map((v) => `${v.model}: ${v.check} (${v.failingRows})`).join("; ")}`);
}
