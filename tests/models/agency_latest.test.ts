import { describe, expect, it } from "vitest";
import { withGivenWarehouse, type GivenSystem } from "../helpers/givenWarehouse.ts";

const systems = (approved: number, total: number): GivenSystem[] =>
  Array.from({ length: total }, (_, i) => ({ approval: i < approved ? "approved" : "not_approved", implementation: "none" }));

describe("agency_latest and group_period on it", () => {
  it("carries an agency's latest report forward, flags it stale after the configured months, and ranks the month with it", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-01", systems: systems(1, 2) }, // 0.5, then silent
      { agency: "T22", period: "2024-01", systems: systems(1, 4) },
      { agency: "T22", period: "2024-03", systems: systems(3, 4) }, // skips 2024-02
      { agency: "T22", period: "2024-05", systems: systems(4, 4) },
      { agency: "T27", period: "2024-04", systems: systems(0, 0) }, // first report in April, 0 systems
    ], async (q) => {
      expect(await q(`select agency_code, period, report_period, months_since_report, is_stale, approval_rank
        from agency_latest order by agency_code, period`)).toEqual([
        { agency_code: "T01", period: "2024-01", report_period: "2024-01", months_since_report: 0, is_stale: false, approval_rank: 1 },
        { agency_code: "T01", period: "2024-02", report_period: "2024-01", months_since_report: 1, is_stale: false, approval_rank: 1 },
        { agency_code: "T01", period: "2024-03", report_period: "2024-01", months_since_report: 2, is_stale: false, approval_rank: 2 },
        { agency_code: "T01", period: "2024-04", report_period: "2024-01", months_since_report: 3, is_stale: false, approval_rank: 2 },
        { agency_code: "T01", period: "2024-05", report_period: "2024-01", months_since_report: 4, is_stale: true, approval_rank: 2 },
        { agency_code: "T22", period: "2024-01", report_period: "2024-01", months_since_report: 0, is_stale: false, approval_rank: 2 },
        { agency_code: "T22", period: "2024-02", report_period: "2024-01", months_since_report: 1, is_stale: false, approval_rank: 2 },
        { agency_code: "T22", period: "2024-03", report_period: "2024-03", months_since_report: 0, is_stale: false, approval_rank: 1 },
        { agency_code: "T22", period: "2024-04", report_period: "2024-03", months_since_report: 1, is_stale: false, approval_rank: 1 },
        { agency_code: "T22", period: "2024-05", report_period: "2024-05", months_since_report: 0, is_stale: false, approval_rank: 1 },
        { agency_code: "T27", period: "2024-04", report_period: "2024-04", months_since_report: 0, is_stale: false, approval_rank: null },
        { agency_code: "T27", period: "2024-05", report_period: "2024-04", months_since_report: 1, is_stale: false, approval_rank: null },
      ]);
      expect(await q(`select period, agencies_reporting, approved_systems, total_systems, latest_agencies,
          latest_carried_forward_agencies, latest_approved_systems, latest_total_systems, latest_approval_rate
        from group_period where agency_group = 'dia_phuong' order by period`)).toEqual([
        { period: "2024-01", agencies_reporting: 2, approved_systems: 2, total_systems: 6, latest_agencies: 2, latest_carried_forward_agencies: 0, latest_approved_systems: 2, latest_total_systems: 6, latest_approval_rate: 2 / 6 },
        { period: "2024-02", agencies_reporting: 0, approved_systems: 0, total_systems: 0, latest_agencies: 2, latest_carried_forward_agencies: 2, latest_approved_systems: 2, latest_total_systems: 6, latest_approval_rate: 2 / 6 },
        { period: "2024-03", agencies_reporting: 1, approved_systems: 3, total_systems: 4, latest_agencies: 2, latest_carried_forward_agencies: 1, latest_approved_systems: 4, latest_total_systems: 6, latest_approval_rate: 4 / 6 },
        { period: "2024-04", agencies_reporting: 1, approved_systems: 0, total_systems: 0, latest_agencies: 3, latest_carried_forward_agencies: 2, latest_approved_systems: 4, latest_total_systems: 6, latest_approval_rate: 4 / 6 },
        { period: "2024-05", agencies_reporting: 1, approved_systems: 4, total_systems: 4, latest_agencies: 3, latest_carried_forward_agencies: 2, latest_approved_systems: 5, latest_total_systems: 6, latest_approval_rate: 5 / 6 },
      ]);
    });
  });

  it("stops carrying a merged agency forward after it ceased to exist", async () => {
    await withGivenWarehouse([
      { agency: "T79", period: "2025-05", systems: systems(1, 1) },
      { agency: "N79", period: "2025-08", systems: systems(1, 1) },
    ], async (q) => {
      expect(await q("select agency_code, period from agency_latest order by agency_code, period")).toEqual([
        { agency_code: "N79", period: "2025-08" },
        { agency_code: "T79", period: "2025-05" },
        { agency_code: "T79", period: "2025-06" },
      ]);
    });
  });
});
