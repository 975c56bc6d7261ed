import type { RunQuery } from "../withWarehouse.ts";
import type { GroupSummaryRow, RankingData, RankingRow, ReportingStatusRow } from "./RankingData.ts";

/** The month's ranking, group summary and reporting status, from agency_latest, group_period and submission_status. */
export async function readRankingData(query: RunQuery, period: string): Promise<RankingData> {
  const [run] = await query("run_info");
  const [settings] = await query("run_settings");
  return {
    period,
    runDate: String(run?.run_date ?? ""),
    weights: { approval: Number(settings?.approval_weight ?? 0.5), implementation: Number(settings?.implementation_weight ?? 0.5) },
    staleAfterMonths: Number(settings?.stale_after_months ?? 3),
    rows: (await query("ranking_rows", { period })) as unknown as RankingRow[],
    summary: (await query("group_summary", { period })) as unknown as GroupSummaryRow[],
    status: (await query("reporting_status", { period })) as unknown as ReportingStatusRow[],
  };
}
