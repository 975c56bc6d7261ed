import { describe, expect, it } from "vitest";
import { withGivenWarehouse } from "../helpers/givenWarehouse.ts";
import { writeRequirementsFile } from "../helpers/writeRequirementsFile.ts";
import { regimeChange } from "../helpers/regimeChangeRequirements.ts";

const COUNTS = "requirement_code, applicable_levels, total_systems, applicable_systems, met_systems, unmet_systems, unknown_systems, met_share";

describe("agency_requirements", () => {
  it("counts per agency and requirement: met + unmet + unknown = applicable, the share met beside its counts", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", systems: [
        { name: "A", level: 3, approval: "approved", implementation: "full", assessmentDate: "2024-01-01", monitored: "yes", nationalConnection: "yes", drillYear: 2024 },
        { name: "B", level: 4, approval: "not_approved", implementation: "none", assessmentDate: null, monitored: "no", nationalConnection: "blank", drillYear: 2023 },
        { name: "C", level: 5, approval: "blank", implementation: "blank", assessmentDate: "2023-12-31", monitored: "blank", nationalConnection: "no", drillYear: null },
        { name: "D", level: 2, approval: "approved", implementation: "partial", monitored: "yes", nationalConnection: "yes" },
      ] },
      { agency: "T22", period: "2024-07", systems: [{ name: "E", level: 2, monitored: "yes" }] },
    ], async (q) => {
      expect(await q(`select ${COUNTS} from agency_requirements where agency_code = 'T01' order by requirement_order`)).toEqual([
        { requirement_code: "dossier_approved", applicable_levels: [1, 2, 3, 4, 5], total_systems: 4, applicable_systems: 4, met_systems: 2, unmet_systems: 1, unknown_systems: 1, met_share: 0.5 },
        { requirement_code: "plan_implemented", applicable_levels: [1, 2, 3, 4, 5], total_systems: 4, applicable_systems: 4, met_systems: 1, unmet_systems: 2, unknown_systems: 1, met_share: 0.25 },
        { requirement_code: "periodic_assessment", applicable_levels: [3, 4, 5], total_systems: 4, applicable_systems: 3, met_systems: 1, unmet_systems: 1, unknown_systems: 1, met_share: 1 / 3 },
        { requirement_code: "professional_monitoring", applicable_levels: [1, 2, 3, 4, 5], total_systems: 4, applicable_systems: 4, met_systems: 2, unmet_systems: 1, unknown_systems: 1, met_share: 0.5 },
        { requirement_code: "national_monitoring_connection", applicable_levels: [1, 2, 3, 4, 5], total_systems: 4, applicable_systems: 4, met_systems: 2, unmet_systems: 1, unknown_systems: 1, met_share: 0.5 },
        { requirement_code: "live_fire_drill", applicable_levels: [3, 4, 5], total_systems: 4, applicable_systems: 3, met_systems: 1, unmet_systems: 1, unknown_systems: 1, met_share: 1 / 3 },
      ]);
      // Only level-2 systems: the level ≥ 3 requirements apply to none of them, so they have no share (not 0 %, not 100 %).
      expect(await q(`select agency_name, agency_group, ${COUNTS} from agency_requirements
        where agency_code = 'T22' and requirement_code in ('periodic_assessment', 'live_fire_drill') order by requirement_order`)).toEqual([
        { agency_name: "Tỉnh Quảng Ninh", agency_group: "dia_phuong", requirement_code: "periodic_assessment", applicable_levels: [3, 4, 5], total_systems: 1, applicable_systems: 0, met_systems: 0, unmet_systems: 0, unknown_systems: 0, met_share: null },
        { agency_name: "Tỉnh Quảng Ninh", agency_group: "dia_phuong", requirement_code: "live_fire_drill", applicable_levels: [3, 4, 5], total_systems: 1, applicable_systems: 0, met_systems: 0, unmet_systems: 0, unknown_systems: 0, met_share: null },
      ]);
    });
  });

  it("counts the counted report only: a superseded report is not counted, a BM-02 gives no row, a BM-01 of 0 systems gives zeros", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", reportDate: "2024-07-05", file: "t01/cu.xlsx", systems: [{ monitored: "no" }, { monitored: "no" }, { monitored: "no" }] },
      { agency: "T01", period: "2024-07", reportDate: "2024-07-15", file: "t01/moi.xlsx", systems: [{ monitored: "yes" }] },
      { agency: "T22", period: "2024-07", systems: [] },
      { agency: "BCA", period: "2024-07", counts: { total: 5, approved: 5, implemented: 5 } },
    ], async (q) => {
      expect(await q(`select agency_code, source_file, total_systems, applicable_systems, met_systems, unmet_systems, unknown_systems, met_share
        from agency_requirements where requirement_code = 'professional_monitoring' order by agency_code`)).toEqual([
        { agency_code: "T01", source_file: "t01/moi.xlsx", total_systems: 1, applicable_systems: 1, met_systems: 1, unmet_systems: 0, unknown_systems: 0, met_share: 1 },
        { agency_code: "T22", source_file: "given/T22-2024-07-2.xlsx", total_systems: 0, applicable_systems: 0, met_systems: 0, unmet_systems: 0, unknown_systems: 0, met_share: null },
      ]);
      expect(await q("select agency_code, count(*) as requirements from agency_requirements group by agency_code order by agency_code")).toEqual([
        { agency_code: "T01", requirements: 6 },
        { agency_code: "T22", requirements: 6 },
      ]);
    });
  });

  it("judges the monitoring target (100 % by 30/11/2024): due from the November period, reached only when every system is monitored", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-10", systems: [{ monitored: "yes" }, { monitored: "yes" }] },
      { agency: "T01", period: "2024-11", systems: [{ monitored: "yes" }, { monitored: "no" }] },
      { agency: "T22", period: "2024-11", systems: [{ monitored: "yes" }, { monitored: "yes" }] },
      { agency: "T27", period: "2024-11", systems: [] },
    ], async (q) => {
      expect(await q(`select agency_code, period, met_systems, applicable_systems, target_share, strftime(target_date, '%Y-%m-%d') as target_date, is_target_due, is_target_reached
        from agency_requirements where requirement_code = 'professional_monitoring' order by period, agency_code`)).toEqual([
        { agency_code: "T01", period: "2024-10", met_systems: 2, applicable_systems: 2, target_share: 1, target_date: "2024-11-30", is_target_due: false, is_target_reached: true },
        { agency_code: "T01", period: "2024-11", met_systems: 1, applicable_systems: 2, target_share: 1, target_date: "2024-11-30", is_target_due: true, is_target_reached: false },
        { agency_code: "T22", period: "2024-11", met_systems: 2, applicable_systems: 2, target_share: 1, target_date: "2024-11-30", is_target_due: true, is_target_reached: true },
        { agency_code: "T27", period: "2024-11", met_systems: 0, applicable_systems: 0, target_share: 1, target_date: "2024-11-30", is_target_due: true, is_target_reached: null },
      ]);
      expect(await q(`select distinct is_target_due, is_target_reached from agency_requirements where requirement_code = 'periodic_assessment'`)).toEqual([
        { is_target_due: null, is_target_reached: null },
      ]);
    });
  });

  it("applies the rules in force on each period's last day: a changed threshold, a widened level range, a requirement that ended", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2026-06", systems: [{ level: 3, assessmentDate: "2025-11-30", monitored: "yes" }, { level: 2, assessmentDate: "2026-03-31", monitored: "yes" }] },
      { agency: "T01", period: "2026-07", systems: [{ level: 3, assessmentDate: "2025-11-30", monitored: "yes" }, { level: 2, assessmentDate: "2026-03-31", monitored: "yes" }] },
    ], async (q) => {
      expect(await q(`select period, requirement_code, applicable_levels, applicable_systems, met_systems, unmet_systems, legal_basis, strftime(rule_effective_from, '%Y-%m-%d') as rule_effective_from
        from agency_requirements order by period, requirement_order`)).toEqual([
        { period: "2026-06", requirement_code: "periodic_assessment", applicable_levels: [3, 4, 5], applicable_systems: 1, met_systems: 1, unmet_systems: 0, legal_basis: "Thông tư số 12/2022/TT-BTTTT", rule_effective_from: "2022-10-01" },
        { period: "2026-06", requirement_code: "professional_monitoring", applicable_levels: [1, 2, 3, 4, 5], applicable_systems: 2, met_systems: 2, unmet_systems: 0, legal_basis: "Chỉ thị số 14/CT-TTg", rule_effective_from: "2019-06-07" },
        { period: "2026-07", requirement_code: "periodic_assessment", applicable_levels: [2, 3, 4, 5], applicable_systems: 2, met_systems: 1, unmet_systems: 1, legal_basis: "Luật An ninh mạng số 116/2025/QH15", rule_effective_from: "2026-07-15" },
      ]);
    }, { requirementsFile: writeRequirementsFile(regimeChange) });
  });

  it("gives the four-layer status per agency in one query (the example of docs/marts/agency_requirements.md)", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-09", systems: [
        { level: 3, assessmentDate: "2024-03-01", monitored: "yes", nationalConnection: "yes" },
        { level: 3, assessmentDate: "2023-03-01", monitored: "yes", nationalConnection: "blank" },
      ] },
      { agency: "BTP", period: "2024-09", systems: [{ level: 2, monitored: "no", nationalConnection: "yes" }] },
    ], async (q) => {
      expect(await q(`select
          agency_code,
          max(met_systems || '/' || applicable_systems) filter (where protection_layer = 2) as layer_2_monitored,
          max(met_systems || '/' || applicable_systems) filter (where protection_layer = 3) as layer_3_assessed,
          max(met_systems || '/' || applicable_systems) filter (where protection_layer = 4) as layer_4_connected,
          sum(unknown_systems) as systems_without_evidence
        from agency_requirements
        where period = '2024-09' and protection_layer is not null
        group by agency_code
        order by agency_code`)).toEqual([
        { agency_code: "BTP", layer_2_monitored: "0/1", layer_3_assessed: "0/0", layer_4_connected: "1/1", systems_without_evidence: 0 },
        { agency_code: "T01", layer_2_monitored: "2/2", layer_3_assessed: "1/2", layer_4_connected: "1/2", systems_without_evidence: 1 },
      ]);
    });
  });
});
