import type { DuckDBConnection } from "@duckdb/node-api";
import type { Settings } from "../config/loadSettings.ts";
import { loadTargetsTable } from "./loadTargetsTable.ts";
import { loadRequirementRulesTable } from "./loadRequirementRulesTable.ts";

/** The validated configuration, as tables the models read (so SQL never embeds a tunable number). */
export async function loadConfigTables(connection: DuckDBConnection, settings: Settings): Promise<void> {
  await connection.run(`create table settings (
    approval_weight double not null,
    implementation_weight double not null,
    stale_after_months integer not null,
    report_deadline_day integer not null,
    expected_reporters varchar not null
  )`);
  await connection.run("insert into settings values ($1, $2, $3, $4, $5)", [
    settings.composite_weights.approval,
    settings.composite_weights.implementation,
    settings.stale_after_months,
    settings.report_deadline_day,
    settings.expected_reporters,
  ]);
  await loadTargetsTable(connection);
  await loadRequirementRulesTable(connection);
}
