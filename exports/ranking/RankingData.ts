import type { GroupCode } from "../text/groupLabel.ts";

export type RankBy = "composite" | "approval" | "implementation";

/** An agency with figures in the month: agency_latest with its rank changes against the month before. */
export interface RankingRow {
  agency_code: string;
  agency_name: string;
  agency_group: Exclude<GroupCode, "toan_quoc">;
  report_period: string;
  is_carried_forward: boolean;
  is_stale: boolean;
  total_systems: number;
  approved_systems: number;
  implemented_systems: number;
  approval_rate: number | null;
  implementation_rate: number | null;
  approval_rank: number | null;
  implementation_rank: number | null;
  composite_rank: number | null;
  approval_rank_change: number | null;
  implementation_rank_change: number | null;
  composite_rank_change: number | null;
}

/** A group's (or the nation's) pooled figures in the month. */
export interface GroupSummaryRow {
  agency_group: GroupCode;
  agencies_with_figures: number;
  carried_forward_agencies: number;
  agencies_without_figures: number;
  total_systems: number;
  approved_systems: number;
  approval_rate: number | null;
  implemented_systems: number;
  implementation_rate: number | null;
}

/** An expected reporter of the month: whether it reported, when, and which figures stand for it. */
export interface ReportingStatusRow {
  agency_code: string;
  agency_group: Exclude<GroupCode, "toan_quoc">;
  agency_name: string;
  status: "on_time" | "late" | "missing" | "not_due";
  days_late: number | null;
  deadline_date: string;
  report_date: string | null;
  is_report_date_missing: boolean;
  has_figures: boolean;
  report_period: string | null;
  is_carried_forward: boolean;
  is_stale: boolean;
}

/** Everything the ranking workbook and its CSV files show for one month. */
export interface RankingData {
  period: string;
  /** The day the reports were read (YYYY-MM-DD). */
  runDate: string;
  weights: { approval: number; implementation: number };
  staleAfterMonths: number;
  rows: RankingRow[];
  summary: GroupSummaryRow[];
  status: ReportingStatusRow[];
}
