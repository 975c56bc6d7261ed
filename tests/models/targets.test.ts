import { describe, expect, it } from "vitest";
import { withGivenWarehouse, type GivenReport, type GivenSystem } from "../helpers/givenWarehouse.ts";
import type { Targets } from "../../pipeline/config/loadTargets.ts";

/** `total` systems of which the first `approved` are approved, and of those the first `implemented` fully implemented. */
const systems = (approved: number, total: number, implemented = 0): GivenSystem[] =>
  Array.from({ length: total }, (_, i) => ({
    approval: i < approved ? "approved" : "not_approved",
    implementation: i < implemented ? "full" : "none",
  }));

/** One BM-01 per month: approved of total for each [period, approved, total]. */
const monthly = (agency: string, months: [string, number, number][]): GivenReport[] =>
  months.map(([period, approved, total]) => ({ agency, period, systems: systems(approved, total) }));

const TARGETS: Targets = {
  projection_horizon_months: 24,
  targets: [
    { code: "phe_duyet_100", name: "100 % HTTT được phê duyệt", legal_basis: "Chỉ thị 09/CT-TTg", metric: "approval", target_rate: 1, deadline: "2024-09-30" },
    { code: "trien_khai_100", name: "100 % HTTT triển khai đầy đủ", legal_basis: "Chỉ thị 09/CT-TTg", metric: "implementation", target_rate: 1, deadline: "2024-12-31" },
  ],
};

const APPROVAL = `from targets where target_code = 'phe_duyet_100' and entity_type = 'agency' order by entity_code`;

describe("targets", () => {
  it("projects from each agency's own least-squares trend, or says không đạt, đã đạt or not enough data", async () => {
    await withGivenWarehouse([
      ...monthly("T01", [["2024-03", 2, 10], ["2024-04", 4, 10], ["2024-05", 6, 10]]), // +20 pp a month: 100 % in 2024-07
      ...monthly("T22", [["2024-03", 5, 10], ["2024-04", 5, 10], ["2024-05", 5, 10]]), // flat
      ...monthly("T27", [["2024-03", 8, 10], ["2024-05", 6, 10]]), // declining (skips a month)
      ...monthly("T38", [["2024-03", 1, 100], ["2024-04", 2, 100]]), // +1 pp a month: 98 months away, beyond 24
      ...monthly("T40", [["2024-03", 9, 10], ["2024-04", 10, 10], ["2024-05", 10, 10]]), // reached in 2024-04
      ...monthly("T46", [["2024-05", 3, 10]]), // one report
      ...monthly("T49", [["2024-03", 5, 10], ["2024-04", 10, 10], ["2024-05", 9, 10]]), // reached, then fell back
    ], async (q) => {
      expect(await q(`select entity_code, latest_period, latest_numerator, latest_denominator, latest_rate, gap_systems,
          gap_percentage_points, reached_period, trend_months, round(trend_pp_per_month, 9) as trend_pp_per_month,
          projected_period, status ${APPROVAL}`)).toEqual([
        { entity_code: "T01", latest_period: "2024-05", latest_numerator: 6, latest_denominator: 10, latest_rate: 0.6, gap_systems: 4, gap_percentage_points: 40, reached_period: null, trend_months: 3, trend_pp_per_month: 20, projected_period: "2024-07", status: "du_kien" },
        { entity_code: "T22", latest_period: "2024-05", latest_numerator: 5, latest_denominator: 10, latest_rate: 0.5, gap_systems: 5, gap_percentage_points: 50, reached_period: null, trend_months: 3, trend_pp_per_month: 0, projected_period: null, status: "khong_dat" },
        { entity_code: "T27", latest_period: "2024-05", latest_numerator: 6, latest_denominator: 10, latest_rate: 0.6, gap_systems: 4, gap_percentage_points: 40, reached_period: null, trend_months: 2, trend_pp_per_month: -10, projected_period: null, status: "khong_dat" },
        { entity_code: "T38", latest_period: "2024-04", latest_numerator: 2, latest_denominator: 100, latest_rate: 0.02, gap_systems: 98, gap_percentage_points: 98, reached_period: null, trend_months: 2, trend_pp_per_month: 1, projected_period: null, status: "khong_dat" },
        { entity_code: "T40", latest_period: "2024-05", latest_numerator: 10, latest_denominator: 10, latest_rate: 1, gap_systems: 0, gap_percentage_points: 0, reached_period: "2024-04", trend_months: 3, trend_pp_per_month: 5, projected_period: null, status: "da_dat" },
        { entity_code: "T46", latest_period: "2024-05", latest_numerator: 3, latest_denominator: 10, latest_rate: 0.3, gap_systems: 7, gap_percentage_points: 70, reached_period: null, trend_months: 1, trend_pp_per_month: null, projected_period: null, status: "chua_du_du_lieu" },
        // The line through 50 %, 100 %, 90 % is already at 100 % in 2024-05: projected for the next month.
        { entity_code: "T49", latest_period: "2024-05", latest_numerator: 9, latest_denominator: 10, latest_rate: 0.9, gap_systems: 1, gap_percentage_points: 10, reached_period: "2024-04", trend_months: 3, trend_pp_per_month: 20, projected_period: "2024-06", status: "du_kien" },
      ]);
    }, { targets: TARGETS });
  });

  it("takes the projection horizon from the targets table", async () => {
    await withGivenWarehouse(monthly("T38", [["2024-03", 1, 100], ["2024-04", 2, 100]]), async (q) => {
      expect(await q(`select entity_code, projection_horizon_months, projected_period, status ${APPROVAL}`)).toEqual([
        { entity_code: "T38", projection_horizon_months: 120, projected_period: "2032-06", status: "du_kien" },
      ]);
    }, { targets: { ...TARGETS, projection_horizon_months: 120 } });
  });

  it("gives an agency with 0 systems no rate, no gap in points and no projection", async () => {
    await withGivenWarehouse([
      { agency: "T48", period: "2024-06", systems: [] },
      { agency: "T48", period: "2024-07", systems: [] },
      { agency: "T01", period: "2024-06", systems: systems(1, 2) },
      { agency: "T01", period: "2024-07", systems: [] }, // had systems, now reports none
    ], async (q) => {
      expect(await q(`select entity_code, latest_rate, gap_systems, gap_percentage_points, is_met_by_deadline, reached_period,
          projected_period, status ${APPROVAL}`)).toEqual([
        { entity_code: "T01", latest_rate: null, gap_systems: 0, gap_percentage_points: null, is_met_by_deadline: null, reached_period: null, projected_period: null, status: "khong_co_httt" },
        { entity_code: "T48", latest_rate: null, gap_systems: 0, gap_percentage_points: null, is_met_by_deadline: null, reached_period: null, projected_period: null, status: "khong_co_httt" },
      ]);
    }, { targets: TARGETS });
  });

  it("pools a group's and the nation's figures (sums of numerators over sums of denominators), never a mean of rates", async () => {
    await withGivenWarehouse([
      ...monthly("T01", [["2024-06", 1, 2], ["2024-07", 2, 2]]),
      ...monthly("T22", [["2024-06", 1, 8], ["2024-07", 2, 8]]),
      { agency: "BCA", period: "2024-07", counts: { total: 10, approved: 10, implemented: 4 } },
    ], async (q) => {
      expect(await q(`select entity_code, entity_name, agency_group, reported_periods, latest_numerator, latest_denominator, latest_rate,
          gap_systems, trend_months, round(trend_pp_per_month, 9) as trend_pp_per_month, projected_period, reached_period, status
        from targets where target_code = 'phe_duyet_100' and entity_type = 'group' order by entity_code`)).toEqual([
        // 10/10; one month only, but already there.
        { entity_code: "bo_nganh", entity_name: "Các bộ, ngành", agency_group: "bo_nganh", reported_periods: 1, latest_numerator: 10, latest_denominator: 10, latest_rate: 1, gap_systems: 0, trend_months: 1, trend_pp_per_month: null, projected_period: null, reached_period: "2024-07", status: "da_dat" },
        // 2/10 then 4/10 (the mean of rates would be 31.25 % then 62.5 %): +20 pp a month, 100 % in 2024-10.
        { entity_code: "dia_phuong", entity_name: "Các địa phương", agency_group: "dia_phuong", reported_periods: 2, latest_numerator: 4, latest_denominator: 10, latest_rate: 0.4, gap_systems: 6, trend_months: 2, trend_pp_per_month: 20, projected_period: "2024-10", reached_period: null, status: "du_kien" },
        // 2/10 then 14/20.
        { entity_code: "toan_quoc", entity_name: "Toàn quốc", agency_group: "toan_quoc", reported_periods: 2, latest_numerator: 14, latest_denominator: 20, latest_rate: 0.7, gap_systems: 6, trend_months: 2, trend_pp_per_month: 50, projected_period: "2024-08", reached_period: null, status: "du_kien" },
      ]);
      expect(await q(`select entity_code, latest_numerator, latest_denominator from targets
        where target_code = 'trien_khai_100' and entity_type = 'group' order by entity_code`)).toEqual([
        { entity_code: "bo_nganh", latest_numerator: 4, latest_denominator: 10 },
        { entity_code: "dia_phuong", latest_numerator: 0, latest_denominator: 10 },
        { entity_code: "toan_quoc", latest_numerator: 4, latest_denominator: 20 },
      ]);
    }, { targets: TARGETS });
  });

  it("judges the deadline on the last report at or before the deadline month, and only once the deadline has passed", async () => {
    const reports: GivenReport[] = [
      ...monthly("T01", [["2024-09", 9, 10], ["2024-10", 10, 10]]), // late: reached in 2024-10
      ...monthly("T22", [["2024-08", 10, 10], ["2024-11", 10, 10]]), // no report in 2024-09: judged on 2024-08
      ...monthly("T27", [["2024-10", 10, 10]]), // first report after the deadline: not judged
    ];
    const columns = "entity_code, deadline_report_period, deadline_numerator, deadline_denominator, deadline_rate, is_met_by_deadline, reached_period";
    await withGivenWarehouse(reports, async (q) => {
      expect(await q(`select ${columns} ${APPROVAL}`)).toEqual([
        { entity_code: "T01", deadline_report_period: "2024-09", deadline_numerator: 9, deadline_denominator: 10, deadline_rate: 0.9, is_met_by_deadline: false, reached_period: "2024-10" },
        { entity_code: "T22", deadline_report_period: "2024-08", deadline_numerator: 10, deadline_denominator: 10, deadline_rate: 1, is_met_by_deadline: true, reached_period: "2024-08" },
        { entity_code: "T27", deadline_report_period: null, deadline_numerator: null, deadline_denominator: null, deadline_rate: null, is_met_by_deadline: null, reached_period: "2024-10" },
      ]);
    }, { targets: TARGETS });
    await withGivenWarehouse(reports.slice(0, 1), async (q) => {
      expect(await q(`select entity_code, deadline_report_period, is_met_by_deadline ${APPROVAL}`)).toEqual([
        { entity_code: "T01", deadline_report_period: "2024-09", is_met_by_deadline: null },
      ]);
    }, { targets: TARGETS, today: "2024-09-25" });
  });

  it("measures implementation on approved and fully implemented systems, and compares a target rate below 100 % exactly", async () => {
    const targets: Targets = {
      projection_horizon_months: 24,
      targets: [{ code: "trien_khai_95", name: "95 % HTTT triển khai đầy đủ", legal_basis: "thử nghiệm", metric: "implementation", target_rate: 0.95, deadline: "2024-12-31" }],
    };
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", systems: [...systems(19, 19, 18), { approval: "not_approved", implementation: "full" }] }, // 18/20
      { agency: "T22", period: "2024-07", systems: systems(19, 20, 19) }, // 19/20 = 95 % exactly
    ], async (q) => {
      expect(await q(`select entity_code, target_rate, latest_numerator, latest_denominator, gap_systems, gap_percentage_points, status
        from targets where entity_type = 'agency' order by entity_code`)).toEqual([
        { entity_code: "T01", target_rate: 0.95, latest_numerator: 18, latest_denominator: 20, gap_systems: 1, gap_percentage_points: 5, status: "chua_du_du_lieu" },
        { entity_code: "T22", target_rate: 0.95, latest_numerator: 19, latest_denominator: 20, gap_systems: 0, gap_percentage_points: 0, status: "da_dat" },
      ]);
    }, { targets });
  });

  it("reads the Directive 09/CT-TTg targets from sources/targets.json by default", async () => {
    await withGivenWarehouse(monthly("T01", [["2024-07", 1, 2]]), async (q) => {
      expect(await q(`select target_code, metric, target_rate, strftime(deadline_date, '%Y-%m-%d') as deadline from target_rules order by deadline_date`)).toEqual([
        { target_code: "phe_duyet_100", metric: "approval", target_rate: 1, deadline: "2024-09-30" },
        { target_code: "trien_khai_100", metric: "implementation", target_rate: 1, deadline: "2024-12-31" },
      ]);
      expect(await q("select count(*) as n from targets")).toEqual([{ n: 3 * 2 }]); // T01, its group and the nation, per target
    });
  });
});
