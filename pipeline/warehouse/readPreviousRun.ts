import { existsSync } from "node:fs";
import { DuckDBInstance } from "./duckdb.ts";

/** The figures of the previous run's agency_period, for run_changes. */
export interface PreviousRun {
  startedAt: string;
  rows: PreviousAgencyPeriod[];
}

export interface PreviousAgencyPeriod {
  agency_code: string;
  period: string;
  source_form: string | null;
  source_file: string | null;
  report_date: string | null;
  total_systems: number | null;
  approved_systems: number | null;
  implemented_systems: number | null;
  approval_rank: number | null;
  implementation_rank: number | null;
}

export const PREVIOUS_COLUMNS = [
  "agency_code", "period", "source_form", "source_file", "report_date",
  "total_systems", "approved_systems", "implemented_systems", "approval_rank", "implementation_rank",
] as const;

/** Reads the previous warehouse, if there is a readable one; a missing or unreadable one gives null. */
export async function readPreviousRun(dbPath: string): Promise<PreviousRun | null> {
  if (!existsSync(dbPath)) return null;
  let instance: DuckDBInstance | null = null;
  try {
    instance = await DuckDBInstance.create(dbPath, { access_mode: "READ_ONLY" });
    const connection = await instance.connect();
    try {
      const run = (await connection.runAndReadAll("select cast(run_started_at as varchar) as started_at from run_info")).getRowObjectsJS()[0];
      const rows = (await connection.runAndReadAll(
        `select ${PREVIOUS_COLUMNS.join(", ").replace("report_date", "cast(report_date as varchar) as report_date")} from agency_period`,
      )).getRowObjectsJS() as Record<string, unknown>[];
      return {
        startedAt: String(run?.started_at ?? ""),
        rows: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])) as unknown as PreviousAgencyPeriod),
      };
    } finally {
      connection.closeSync();
    }
  } catch {
    return null;
  } finally {
    instance?.closeSync();
  }
}
