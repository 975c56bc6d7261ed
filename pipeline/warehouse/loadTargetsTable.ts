import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DuckDBConnection } from "@duckdb/node-api";
import { loadTargets, type Targets } from "../config/loadTargets.ts";
import { appendRows } from "./appendRows.ts";

const TARGET_RULES_SQL = fileURLToPath(new URL("./targetRules.sql", import.meta.url));

/** Writes the validated targets (by default sources/targets.json) to table target_rules, replacing it if present. */
export async function loadTargetsTable(connection: DuckDBConnection, targets: Targets = loadTargets()): Promise<void> {
  await connection.run(readFileSync(TARGET_RULES_SQL, "utf8"));
  await appendRows(connection, "target_rules", ["varchar", "varchar", "varchar", "varchar", "double", "varchar", "integer"],
    targets.targets.map((t) => [t.code, t.name, t.legal_basis, t.metric, t.target_rate, t.deadline, targets.projection_horizon_months]));
}
