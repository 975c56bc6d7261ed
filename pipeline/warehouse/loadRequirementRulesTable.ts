import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DuckDBConnection } from "@duckdb/node-api";
import { DEFAULT_REQUIREMENTS_FILE, loadRequirementRules } from "../config/loadRequirementRules.ts";
import { appendRows } from "./appendRows.ts";

const TABLE_SQL = fileURLToPath(new URL("./requirementRulesTable.sql", import.meta.url));

/** Validates the requirements file and writes it as `requirement_rules`, one row per rule version and level. */
export async function loadRequirementRulesTable(connection: DuckDBConnection, file: string = DEFAULT_REQUIREMENTS_FILE): Promise<void> {
  const rules = loadRequirementRules(file);
  const order = [...new Set(rules.map((r) => r.code))];
  await connection.run(readFileSync(TABLE_SQL, "utf8"));
  await appendRows(connection, "requirement_rules",
    ["varchar", "varchar", "integer", "varchar", "integer", "integer", "integer", "integer", "double", "varchar", "varchar", "varchar", "varchar"],
    rules.flatMap((rule) => rule.applies_to.flatMap((group) => group.levels.map((level) => [
      rule.code, rule.name, order.indexOf(rule.code) + 1, rule.check, rule.protection_layer, level,
      "max_months_since_assessment" in group ? group.max_months_since_assessment : null,
      "max_years_since_drill" in group ? group.max_years_since_drill : null,
      rule.target?.share, rule.target?.by, rule.effective_from, rule.effective_to, rule.legal_basis,
    ]))));
}
