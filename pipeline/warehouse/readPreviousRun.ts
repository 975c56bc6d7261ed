import type { DuckDBConnection } from "@duckdb/node-api";

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

/** The previous warehouse's run start and agency_period figures; null when it has none it can give (an older or damaged one). */
export async function readPreviousRun(connection: DuckDBConnection): Promise<PreviousRun | null> {
  try {
    const run = (await connection.runAndReadAll("select cast(run_started_at as varchar) as started_at from run_info")).getRowObjectsJS()[0];
    const rows = (await connection.runAndReadAll(
      `select ${PREVIOUS_COLUMNS.join(", ").replace("report_date", "cast(report_date as varchar) as report_date")} from agency_period`,
    )).getRowObjectsJS() as Record<string, unknown>[];
    return {
      startedAt: String(run?.started_at ?? ""),
      rows: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])) as unknown as PreviousAgencyPeriod),
    };
  } catch {
    return null;
  }
}
