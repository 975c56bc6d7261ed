import { describe, expect, it } from "vitest";
import { withGivenWarehouse, type GivenSystem } from "../helpers/givenWarehouse.ts";
import type { PreviousAgencyPeriod } from "../../pipeline/warehouse/readPreviousRun.ts";

const systems = (approved: number, total: number): GivenSystem[] =>
  Array.from({ length: total }, (_, i) => ({ approval: i < approved ? "approved" : "not_approved", implementation: "none" }));

const before = (agency_code: string, period: string, total: number, approved: number, rank: number | null, file: string): PreviousAgencyPeriod => ({
  agency_code, period, source_form: "BM-01", source_file: file, report_date: `${period}-05`,
  total_systems: total, approved_systems: approved, implemented_systems: 0, approval_rank: rank, implementation_rank: rank === null ? null : 1,
});

describe("run_changes", () => {
  it("lists each figure that moved since the previous run, with the report that moved it", async () => {
    const previous = {
      startedAt: "2026-11-21 10:00:00",
      rows: [
        before("T01", "2024-07", 4, 1, 2, "a/old.xlsx"), // resubmitted: approved 1 → 3, rank 2 → 1
        before("T22", "2024-07", 4, 2, 1, "b/same.xlsx"), // unchanged figures, but loses rank 1
        before("T27", "2024-07", 2, 2, 1, "c/gone.xlsx"), // its file was removed
      ],
    };
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", systems: systems(3, 4), file: "a/new.xlsx", reportDate: "2024-07-18" },
      { agency: "T22", period: "2024-07", systems: systems(2, 4), file: "b/same.xlsx" },
      { agency: "T38", period: "2024-07", systems: systems(0, 1), file: "d/added.xlsx" },
    ], async (q) => {
      expect(await q(`select agency_code, figure, previous_value, current_value, change_kind, current_source_file, previous_source_file
        from run_changes where figure in ('approved_systems', 'approval_rank', 'total_systems') order by agency_code, figure`)).toEqual([
        { agency_code: "T01", figure: "approval_rank", previous_value: 2, current_value: 1, change_kind: "changed", current_source_file: "a/new.xlsx", previous_source_file: "a/old.xlsx" },
        { agency_code: "T01", figure: "approved_systems", previous_value: 1, current_value: 3, change_kind: "changed", current_source_file: "a/new.xlsx", previous_source_file: "a/old.xlsx" },
        { agency_code: "T22", figure: "approval_rank", previous_value: 1, current_value: 2, change_kind: "changed", current_source_file: "b/same.xlsx", previous_source_file: "b/same.xlsx" },
        { agency_code: "T27", figure: "approval_rank", previous_value: 1, current_value: null, change_kind: "removed", current_source_file: null, previous_source_file: "c/gone.xlsx" },
        { agency_code: "T27", figure: "approved_systems", previous_value: 2, current_value: null, change_kind: "removed", current_source_file: null, previous_source_file: "c/gone.xlsx" },
        { agency_code: "T27", figure: "total_systems", previous_value: 2, current_value: null, change_kind: "removed", current_source_file: null, previous_source_file: "c/gone.xlsx" },
        { agency_code: "T38", figure: "approval_rank", previous_value: null, current_value: 3, change_kind: "added", current_source_file: "d/added.xlsx", previous_source_file: null },
        { agency_code: "T38", figure: "approved_systems", previous_value: null, current_value: 0, change_kind: "added", current_source_file: "d/added.xlsx", previous_source_file: null },
        { agency_code: "T38", figure: "total_systems", previous_value: null, current_value: 1, change_kind: "added", current_source_file: "d/added.xlsx", previous_source_file: null },
      ]);
    }, { previous });
  });

  it("is empty on a first run", async () => {
    await withGivenWarehouse([{ agency: "T01", period: "2024-07", systems: systems(1, 1) }], async (q) => {
      expect(await q("select count(*) as n from run_changes")).toEqual([{ n: 0 }]);
    });
  });
});
