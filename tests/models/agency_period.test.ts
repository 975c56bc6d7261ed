import { describe, expect, it } from "vitest";
import { withGivenWarehouse, type GivenSystem } from "../helpers/givenWarehouse.ts";

const systems = (approved: number, implemented: number, total: number): GivenSystem[] =>
  Array.from({ length: total }, (_, i) => ({
    approval: i < approved ? "approved" : "not_approved",
    implementation: i < implemented ? "full" : "none",
  }));

describe("agency_period", () => {
  it("ranks within group and period on exact fractions: ties share a rank, the next is skipped, 0 systems unranked", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", systems: systems(2, 1, 3) }, // 2/3
      { agency: "T22", period: "2024-07", systems: systems(4, 1, 6) }, // 4/6 = 2/3: tie
      { agency: "T27", period: "2024-07", systems: systems(1, 1, 2) }, // 1/2
      { agency: "T38", period: "2024-07", systems: [] }, // 0 systems
      { agency: "T40", period: "2024-07", systems: systems(3, 0, 3) }, // 1
      { agency: "BCA", period: "2024-07", counts: { total: 10, approved: 1, implemented: 0 } }, // other group: rank 1
    ], async (q) => {
      const rows = await q("select agency_code, approval_rank, implementation_rank, approval_rate from agency_period order by agency_code");
      expect(rows).toEqual([
        { agency_code: "BCA", approval_rank: 1, implementation_rank: 1, approval_rate: 0.1 },
        { agency_code: "T01", approval_rank: 2, implementation_rank: 2, approval_rate: 2 / 3 },
        { agency_code: "T22", approval_rank: 2, implementation_rank: 3, approval_rate: 4 / 6 },
        { agency_code: "T27", approval_rank: 4, implementation_rank: 1, approval_rate: 0.5 },
        { agency_code: "T38", approval_rank: null, implementation_rank: null, approval_rate: null },
        { agency_code: "T40", approval_rank: 1, implementation_rank: 4, approval_rate: 1 },
      ]);
    });
  });

  it("counts a system as implemented only when it is also approved", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", systems: [
        { approval: "approved", implementation: "full" },
        { approval: "under_review", implementation: "full" },
        { approval: "blank", implementation: "full" },
        { approval: "approved", implementation: "partial" },
      ] },
    ], async (q) => {
      expect(await q("select total_systems, approved_systems, implemented_systems from agency_period")).toEqual([
        { total_systems: 4, approved_systems: 2, implemented_systems: 1 },
      ]);
    });
  });

  it("takes a BM-01 over a BM-02 whatever the dates, and the latest report within a form", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", reportDate: "2024-07-05", systems: systems(1, 0, 2), file: "a/first.xlsx" },
      { agency: "T01", period: "2024-07", reportDate: "2024-07-15", systems: systems(2, 1, 2), file: "a/second.xlsx" },
      { agency: "T01", period: "2024-07", reportDate: "2024-07-30", counts: { total: 9, approved: 9, implemented: 9 }, file: "a/summary.xlsx" },
      { agency: "T22", period: "2024-07", reportDate: null, systems: systems(0, 0, 1), file: "b/undated.xlsx" },
      { agency: "T22", period: "2024-07", reportDate: "2024-07-01", systems: systems(1, 0, 1), file: "b/dated.xlsx" },
    ], async (q) => {
      expect(await q("select agency_code, source_file, source_form, approved_systems from agency_period order by agency_code")).toEqual([
        { agency_code: "T01", source_file: "a/second.xlsx", source_form: "BM-01", approved_systems: 2 },
        { agency_code: "T22", source_file: "b/dated.xlsx", source_form: "BM-01", approved_systems: 1 },
      ]);
      const notes = await q("select file, code from notes order by file, code");
      expect(notes).toEqual([
        { file: "a/first.xlsx", code: "superseded" },
        { file: "a/summary.xlsx", code: "bm01-bm02-mismatch" },
        { file: "b/undated.xlsx", code: "superseded" },
        { file: "b/undated.xlsx", code: "undated-report" },
      ]);
    });
  });

  it("scores a weighted composite (weights from settings) and ranks on it", async () => {
    const reports = [
      { agency: "T01", period: "2024-07", systems: systems(4, 0, 4) }, // approval 1, implementation 0
      { agency: "T22", period: "2024-07", systems: systems(2, 2, 4) }, // 0.5, 0.5
    ];
    await withGivenWarehouse(reports, async (q) => {
      expect(await q("select agency_code, composite_score, composite_rank from agency_period order by agency_code")).toEqual([
        { agency_code: "T01", composite_score: 0.5, composite_rank: 1 },
        { agency_code: "T22", composite_score: 0.5, composite_rank: 1 },
      ]);
    });
    await withGivenWarehouse(reports, async (q) => {
      expect(await q("select agency_code, composite_score, composite_rank from agency_period order by agency_code")).toEqual([
        { agency_code: "T01", composite_score: 0.25, composite_rank: 2 },
        { agency_code: "T22", composite_score: 0.5, composite_rank: 1 },
      ]);
    }, { settings: { composite_weights: { approval: 0.25, implementation: 0.75 } } });
  });

  it("reports rank changes against the agency's previous reported period, even across a skipped month", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", systems: systems(1, 0, 4) },
      { agency: "T22", period: "2024-07", systems: systems(3, 0, 4) },
      { agency: "T01", period: "2024-09", systems: systems(4, 0, 4) }, // T01 skips 2024-08
      { agency: "T22", period: "2024-08", systems: systems(3, 0, 4) },
      { agency: "T22", period: "2024-09", systems: systems(3, 0, 4) },
    ], async (q) => {
      expect(await q("select agency_code, period, approval_rank, previous_period, approval_rank_change from agency_period order by agency_code, period")).toEqual([
        { agency_code: "T01", period: "2024-07", approval_rank: 2, previous_period: null, approval_rank_change: null },
        { agency_code: "T01", period: "2024-09", approval_rank: 1, previous_period: "2024-07", approval_rank_change: 1 },
        { agency_code: "T22", period: "2024-07", approval_rank: 1, previous_period: null, approval_rank_change: null },
        { agency_code: "T22", period: "2024-08", approval_rank: 1, previous_period: "2024-07", approval_rank_change: 0 },
        { agency_code: "T22", period: "2024-09", approval_rank: 2, previous_period: "2024-08", approval_rank_change: -1 },
      ]);
    });
  });
});
