import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DuckDBConnection } from "@duckdb/node-api";
import { DuckDBInstance } from "./duckdb.ts";
import type { Settings } from "../config/loadSettings.ts";
import { loadConfigTables } from "./loadConfigTables.ts";
import { PREVIOUS_COLUMNS, readPreviousRun, type PreviousRun } from "./readPreviousRun.ts";
import { readPreviousWarehouse } from "./readPreviousWarehouse.ts";
import type { AgencyRegistry } from "../registry/index.ts";
import type { IngestResult } from "../ingest/ingestSources.ts";
import { appendRows } from "./appendRows.ts";
import { checkAccounting } from "./checkAccounting.ts";
import { runModels } from "./runModels.ts";
import { checkContracts, loadContracts } from "./checkContracts.ts";
import { timed } from "../timing/timed.ts";
import { copyReusedRows } from "./copyReusedRows.ts";

const SOURCE_TABLES_SQL = fileURLToPath(new URL("./sourceTables.sql", import.meta.url));
const WAREHOUSE_MEMORY_LIMIT = process.env.CAPDO_DUCKDB_MEMORY_LIMIT ?? "512MB";
export const MODELS_DIR = fileURLToPath(new URL("../../models", import.meta.url));

export interface RunInfo {
  startedAt: Date;
  runDate: string; // YYYY-MM-DD
  sourcesDir: string;
  version: string;
  /** readerFingerprint() of the reader that parsed the files; a later run reuses this warehouse's rows only under the same. */
  readerFingerprint?: string | null;
}

export interface WarehouseInputs {
  ingest: IngestResult;
  registry: AgencyRegistry;
  run: RunInfo;
  settings: Settings;
  /** The warehouse this run replaces, for run_changes; null on a first run. */
  previous?: PreviousRun | null;
}

/** `swapIn: false` leaves the finished warehouse at DB.building for publishArtefacts to swap in with the other artefacts. */
export interface AsideOptions {
  swapIn?: boolean;
}

/**
 * Writes a complete warehouse beside `dbPath` and swaps it in only when every table and model
 * is built and every contract holds, so a failed run leaves the previous warehouse untouched.
 * Returns the path of the finished warehouse.
 */
export async function writeWarehouse(dbPath: string, inputs: WarehouseInputs, options: AsideOptions = {}): Promise<string> {
  const previous = inputs.previous === undefined ? (await readPreviousWarehouse(dbPath, null)).run : inputs.previous;
  // The rows of files unchanged since the previous run come from the warehouse this one replaces.
  return buildAside(dbPath, null, (connection) => buildWarehouse(connection, { ...inputs, previous }, dbPath), options);
}

/**
 * `capdo build`: rebuilds the configuration tables and every model of an existing warehouse from
 * its source tables (nothing is read again), aside and swapped in when complete.
 */
export async function rebuildModels(dbPath: string, settings: Settings, options: AsideOptions = {}): Promise<string> {
  if (!existsSync(dbPath)) throw new Error(`Không tìm thấy kho dữ liệu ${dbPath} — hãy chạy "capdo run" trước`);
  return buildAside(dbPath, dbPath, async (connection) => {
    // The copy being rebuilt holds the figures it replaces, until its models are dropped.
    const previous = await readPreviousRun(connection);
    const sourceTables = new Set([...readFileSync(SOURCE_TABLES_SQL, "utf8").matchAll(/create table (\w+)/g)].map((m) => m[1]!));
    const objects = (await connection.runAndReadAll(
      "select table_name, table_type from information_schema.tables where table_schema = 'main'",
    )).getRows().map((r) => ({ name: String(r[0]), view: String(r[1]) === "VIEW" }));
    for (const view of objects.filter((o) => o.view)) await connection.run(`drop view if exists "${view.name}" cascade`);
    for (const table of objects.filter((o) => !o.view && !sourceTables.has(o.name))) await connection.run(`drop table if exists "${table.name}" cascade`);
    await buildModels(connection, settings, previous);
  }, options);
}

/** Builds into DB.building (a copy of `copyFrom` if given), checkpoints, then renames it over DB (unless `swapIn` is false). */
async function buildAside(dbPath: string, copyFrom: string | null, build: (connection: DuckDBConnection) => Promise<void>, options: AsideOptions): Promise<string> {
  const building = `${dbPath}.building`;
  rmSync(building, { force: true });
  rmSync(`${building}.wal`, { force: true });
  if (copyFrom) copyFileSync(copyFrom, building);
  try {
    // A memory ceiling keeps a national-scale build well under 1 GB; DuckDB spills to disk beyond it.
    const instance = await DuckDBInstance.create(building, { memory_limit: WAREHOUSE_MEMORY_LIMIT });
    try {
      const connection = await instance.connect();
      try {
        await build(connection);
        await timed("ghi đĩa (checkpoint)", () => connection.run("checkpoint"));
      } finally {
        connection.closeSync();
      }
    } finally {
      instance.closeSync();
    }
    if (existsSync(`${building}.wal`)) throw new Error("Kho dữ liệu chưa được ghi trọn (còn tệp .wal)");
    if (options.swapIn === false) return building;
    renameSync(building, dbPath);
    return dbPath;
  } catch (error) {
    rmSync(building, { force: true });
    rmSync(`${building}.wal`, { force: true });
    throw error;
  }
}

/**
 * Creates and fills every table of a warehouse on `connection` (a file or :memory:), then the models;
 * the rows of `ingest.reused` files are copied from the warehouse at `reuseFrom`.
 */
export async function buildWarehouse(connection: DuckDBConnection, inputs: WarehouseInputs, reuseFrom: string | null = null): Promise<void> {
  await connection.run(readFileSync(SOURCE_TABLES_SQL, "utf8"));
  await timed("nạp bảng nguồn", () => loadSourceTables(connection, inputs.ingest, inputs.registry, inputs.run));
  if (inputs.ingest.reused.length > 0) {
    if (!reuseFrom) throw new Error("Thiếu kho dữ liệu của lần chạy trước để lấy lại các tệp không đổi");
    await timed("chép dòng của tệp không đổi", () => copyReusedRows(connection, reuseFrom, inputs.ingest.reused));
  }
  await timed("đối chiếu số dòng", () => checkAccounting(connection));
  await buildModels(connection, inputs.settings, inputs.previous ?? null);
}

/** Configuration tables, the previous run's figures, every model in order, then every contract. */
async function buildModels(connection: DuckDBConnection, settings: Settings, previous: PreviousRun | null): Promise<void> {
  await loadConfigTables(connection, settings);
  await loadPreviousRun(connection, previous);
  const models = await timed("mô hình", () => runModels(connection, MODELS_DIR));
  const violations = await timed("hợp đồng dữ liệu", () => checkContracts(connection, loadContracts(MODELS_DIR, models)));
  if (violations.length > 0) {
    throw new Error(`Dữ liệu không đạt hợp đồng của mô hình — kho dữ liệu cũ được giữ nguyên:\n${violations.map((v) => `  ${v.model}: ${v.check} (${v.failingRows} dòng vi phạm)`).join("\n")}`);
  }
}

async function loadSourceTables(connection: DuckDBConnection, ingest: IngestResult, registry: AgencyRegistry, run: RunInfo) {
  await connection.run(
    "insert into run_info values ($1::timestamp, $2::date, $3, $4, $5)",
    [run.startedAt.toISOString().replace("T", " ").replace("Z", ""), run.runDate, run.sourcesDir, run.version, run.readerFingerprint ?? null],
  );
  await appendRows(connection, "agencies", ["varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar[]"],
    registry.agencies.map((a) => [a.code, a.group, a.kind, a.validFrom, a.validTo, a.successor, a.predecessors]));
  await appendRows(connection, "agency_names", ["varchar", "varchar", "varchar", "varchar"],
    registry.agencies.flatMap((a) => a.names.map((n) => [a.code, n.name, n.from, n.to])));
  await appendRows(connection, "source_files",
    ["varchar", "varchar", "bigint", "varchar", "varchar", "varchar", "varchar", "integer", "integer", "integer"],
    ingest.files.map((f) => [f.file, f.sha256, f.bytes, f.status, f.duplicateOf, f.reasonCode, f.message, f.rowsRead, f.rowsLoaded, f.rowsSetAside]));
  await appendRows(connection, "source_file_stats", ["varchar", "varchar", "varchar"],
    ingest.files.filter((f) => f.sha256 !== null && f.statKey !== null).map((f) => [f.file, f.sha256, f.statKey]));
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
  await appendRows(connection, "source_stated_figures",
    ["varchar", "varchar", "integer", "varchar", "varchar", "varchar", "varchar", "varchar", "double", "integer", "integer", "varchar"],
    ingest.statedFigures.map((f) => [f.file, f.sheet, f.row, f.form, f.agencyCode, f.label, f.figure, f.statedText, f.statedValue, f.numerator, f.denominator, f.basis]));
  await appendRows(connection, "source_notes", ["varchar", "varchar", "integer", "varchar", "varchar", "varchar"],
    ingest.notes.map((n) => [n.file, n.sheet, n.row, n.column, n.code, n.message]));
}

async function loadPreviousRun(connection: DuckDBConnection, previous: PreviousRun | null): Promise<void> {
  await connection.run("create table previous_run (run_started_at varchar)");
  await connection.run(`create table previous_agency_period (
    agency_code varchar, period varchar, source_form varchar, source_file varchar, report_date varchar,
    total_systems bigint, approved_systems bigint, implemented_systems bigint, approval_rank bigint, implementation_rank bigint
  )`);
  if (!previous) return;
  await connection.run("insert into previous_run values ($1)", [previous.startedAt]);
  await appendRows(connection, "previous_agency_period",
    ["varchar", "varchar", "varchar", "varchar", "varchar", "bigint", "bigint", "bigint", "bigint", "bigint"],
    previous.rows.map((r) => PREVIOUS_COLUMNS.map((c) => r[c])));
}
