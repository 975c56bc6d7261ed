import { readFileSync, rmSync, renameSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { Settings } from "../config/loadSettings.ts";
import { loadConfigTables } from "./loadConfigTables.ts";
import type { AgencyRegistry } from "../registry/index.ts";
import type { IngestResult } from "../ingest/ingestSources.ts";
import { appendRows } from "./appendRows.ts";
import { runModels } from "./runModels.ts";
import { checkContracts, loadContracts } from "./checkContracts.ts";

const SOURCE_TABLES_SQL = fileURLToPath(new URL("./sourceTables.sql", import.meta.url));
export const MODELS_DIR = fileURLToPath(new URL("../../models", import.meta.url));

export interface RunInfo {
  startedAt: Date;
  runDate: string; // YYYY-MM-DD
  sourcesDir: string;
  version: string;
}

export interface WarehouseInputs {
  ingest: IngestResult;
  registry: AgencyRegistry;
  run: RunInfo;
  settings: Settings;
}

/**
 * Writes a complete warehouse beside `dbPath` and swaps it in only when every table and model
 * is built and every contract holds, so a failed run leaves the previous warehouse untouched.
 */
export async function writeWarehouse(dbPath: string, inputs: WarehouseInputs): Promise<void> {
  const building = `${dbPath}.building`;
  rmSync(building, { force: true });
  rmSync(`${building}.wal`, { force: true });
  const instance = await DuckDBInstance.create(building);
  try {
    const connection = await instance.connect();
    try {
      await buildWarehouse(connection, inputs);
      await connection.run("checkpoint");
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
  if (existsSync(`${building}.wal`)) throw new Error("Kho dữ liệu chưa được ghi trọn (còn tệp .wal)");
  renameSync(building, dbPath);
}

/** Creates and fills every table of a warehouse on `connection` (a file or :memory:), then the models. */
export async function buildWarehouse(connection: DuckDBConnection, inputs: WarehouseInputs): Promise<void> {
  await connection.run(readFileSync(SOURCE_TABLES_SQL, "utf8"));
  await loadSourceTables(connection, inputs.ingest, inputs.registry, inputs.run);
  await loadConfigTables(connection, inputs.settings);
  const models = await runModels(connection, MODELS_DIR);
  const violations = await checkContracts(connection, loadContracts(MODELS_DIR, models));
  if (violations.length > 0) {
    throw new Error(`Dữ liệu không đạt hợp đồng của mô hình — kho dữ liệu cũ được giữ nguyên:\n${violations.map((v) => `  ${v.model}: ${v.check} (${v.failingRows} dòng vi phạm)`).join("\n")}`);
  }
}

async function loadSourceTables(connection: DuckDBConnection, ingest: IngestResult, registry: AgencyRegistry, run: RunInfo) {
  await connection.run(
    "insert into run_info values ($1::timestamp, $2::date, $3, $4)",
    [run.startedAt.toISOString().replace("T", " ").replace("Z", ""), run.runDate, run.sourcesDir, run.version],
  );
  await appendRows(connection, "agencies", ["varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar[]"],
    registry.agencies.map((a) => [a.code, a.group, a.kind, a.validFrom, a.validTo, a.successor, a.predecessors]));
  await appendRows(connection, "agency_names", ["varchar", "varchar", "varchar", "varchar"],
    registry.agencies.flatMap((a) => a.names.map((n) => [a.code, n.name, n.from, n.to])));
  await appendRows(connection, "source_files",
    ["varchar", "varchar", "bigint", "varchar", "varchar", "varchar", "varchar", "integer", "integer", "integer"],
    ingest.files.map((f) => [f.file, f.sha256, f.bytes, f.status, f.duplicateOf, f.reasonCode, f.message, f.rowsRead, f.rowsLoaded, f.rowsSetAside]));
  await appendRows(connection, "source_submissions",
    ["integer", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "boolean", "varchar", "integer",
      "integer", "integer", "integer", "integer", "integer", "integer", "integer", "integer"],
    ingest.submissions.map((s) => [
      s.submissionId, s.file, s.sha256, s.sheet, s.form, s.agencyCode, s.agencyNameAsWritten, s.period, s.isQuarterly,
      s.reportDate, s.sourceRow, s.statedTotal, s.statedApproved, s.statedImplemented, ...s.statedLevels,
    ]));
  await appendRows(connection, "source_systems",
    ["integer", "varchar", "varchar", "varchar", "integer", "varchar", "varchar", "varchar", "integer", "varchar", "varchar",
      "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "integer", "varchar"],
    ingest.systems.map((y) => [
      y.submissionId, y.file, y.sha256, y.sheet, y.row, y.systemCode, y.systemName, y.operator, y.level, y.approvalRaw,
      y.approvalStatus, y.decisionNo, y.approvalDate, y.implementationRaw, y.implementationStatus, y.assessmentDate,
      y.monitored, y.nationalConnection, y.drillYear, y.remark,
    ]));
  await appendRows(connection, "source_rejected_rows", ["varchar", "varchar", "integer", "varchar", "varchar"],
    ingest.rejectedRows.map((r) => [r.file, r.sheet, r.row, r.reasonCode, r.message]));
  await appendRows(connection, "source_notes", ["varchar", "varchar", "integer", "varchar", "varchar", "varchar"],
    ingest.notes.map((n) => [n.file, n.sheet, n.row, n.column, n.code, n.message]));
}
