import type { RunQuery } from "../withWarehouse.ts";
import type { GroupSummaryRow, RankingData, RankingRow, ReportingStatusRow } from "./RankingData.ts";

/** The month's ranking, group summary and reporting status, from agency_latest, group_period and submission_status. */
export async function readRankingData(query: RunQuery, period: string, runDate: string): Promise<RankingData> {
  const [[settings], rows, summary, status] = await Promise.all([
    query("run_settings"),
    query("ranking_rows", { period }),
    query("group_summary", { period }),
    query("reporting_status", { period }),
  ]);
  return {
    period,
    runDate,
    weights: { approval: Number(settings?.approval_weight ?? 0.5), implementation: Number(settings?.implementation_weight ?? 0.5) },
    staleAfterMonths: Number(settings?.stale_after_months ?? 3),
    rows: rows as unknown as RankingRow[],
    summary: summary as unknown as GroupSummaryRow[],
    status: status as unknown as ReportingStatusRow[],
  };
}
