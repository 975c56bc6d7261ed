import { describe, expect, it } from "vitest";
import { withGivenWarehouse, type GivenSystem } from "../helpers/givenWarehouse.ts";

const COLUMNS = "agency_code, period, level, source_form, systems, approved_systems, implemented_systems, total_systems, share_of_systems, approval_rate, implementation_rate";

describe("agency_levels", () => {
  it("counts a BM-01's counted system rows per level, with approved and implemented per level and the share of all systems", async () => {
    const systems: GivenSystem[] = [
      { level: 1, approval: "approved", implementation: "full" },
      { level: 3, approval: "approved", implementation: "full" },
      { level: 3, approval: "approved", implementation: "partial" },
      { level: 3, approval: "not_approved", implementation: "full" }, // not approved: never counted as implemented
      { level: 5, approval: "under_review", implementation: "none" },
    ];
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", reportDate: "2024-07-01", systems: [{ level: 2 }, { level: 2 }] }, // superseded
      { agency: "T01", period: "2024-07", reportDate: "2024-07-15", systems },
    ], async (q) => {
      expect(await q(`select ${COLUMNS} from agency_levels order by level`)).toEqual([
        { agency_code: "T01", period: "2024-07", level: 1, source_form: "BM-01", systems: 1, approved_systems: 1, implemented_systems: 1, total_systems: 5, share_of_systems: 0.2, approval_rate: 1, implementation_rate: 1 },
        { agency_code: "T01", period: "2024-07", level: 2, source_form: "BM-01", systems: 0, approved_systems: 0, implemented_systems: 0, total_systems: 5, share_of_systems: 0, approval_rate: null, implementation_rate: null },
        { agency_code: "T01", period: "2024-07", level: 3, source_form: "BM-01", systems: 3, approved_systems: 2, implemented_systems: 1, total_systems: 5, share_of_systems: 0.6, approval_rate: 2 / 3, implementation_rate: 1 / 3 },
        { agency_code: "T01", period: "2024-07", level: 4, source_form: "BM-01", systems: 0, approved_systems: 0, implemented_systems: 0, total_systems: 5, share_of_systems: 0, approval_rate: null, implementation_rate: null },
        { agency_code: "T01", period: "2024-07", level: 5, source_form: "BM-01", systems: 1, approved_systems: 0, implemented_systems: 0, total_systems: 5, share_of_systems: 0.2, approval_rate: 0, implementation_rate: 0 },
      ]);
      // The levels add up to agency_period's total and match its level columns.
      expect(await q(`select a.total_systems, l.by_level, l.complete,
          l.levels = [a.level_1_systems, a.level_2_systems, a.level_3_systems, a.level_4_systems, a.level_5_systems] as same
        from (select agency_code, period, sum(systems) as by_level, bool_and(is_breakdown_complete) as complete,
            list(systems order by level) as levels from agency_levels group by agency_code, period) as l
        join agency_period as a using (agency_code, period)`)).toEqual([
        { total_systems: 5, by_level: 5, complete: true, same: true },
      ]);
    });
  });

  it("takes a BM-02's stated level counts, with approval and implementation per level unknown (NULL)", async () => {
    await withGivenWarehouse([
      { agency: "BCA", period: "2024-07", counts: { total: 10, approved: 6, implemented: 2, levels: [1, 4, 4, 1, 0] } },
      { agency: "BYT", period: "2024-07", counts: { total: 8, approved: 8, implemented: 8, levels: [null, 2, 5, null, null] } }, // blanks; 7 ≠ 8
      { agency: "BTC", period: "2024-07", counts: { total: 3, approved: 0, implemented: 0 } }, // no level columns
    ], async (q) => {
      expect(await q(`select agency_code, list(systems::integer order by level) as systems, list(share_of_systems order by level) as shares,
          bool_and(approved_systems is null and implemented_systems is null and approval_rate is null) as unknown_by_level,
          any_value(systems_with_stated_level) as stated, any_value(is_breakdown_complete) as complete
        from agency_levels group by agency_code order by agency_code`)).toEqual([
        { agency_code: "BCA", systems: [1, 4, 4, 1, 0], shares: [0.1, 0.4, 0.4, 0.1, 0], unknown_by_level: true, stated: 10, complete: true },
        { agency_code: "BTC", systems: [null, null, null, null, null], shares: [null, null, null, null, null], unknown_by_level: true, stated: 0, complete: false },
        { agency_code: "BYT", systems: [null, 2, 5, null, null], shares: [null, 0.25, 0.625, null, null], unknown_by_level: true, stated: 7, complete: false },
      ]);
    });
  });

  it("uses the counted BM-01 over a BM-02 of the same period, and gives an agency with 0 systems five rows without shares", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", counts: { total: 9, approved: 9, implemented: 9, levels: [0, 0, 9, 0, 0] } },
      { agency: "T01", period: "2024-07", systems: [{ level: 4 }] },
      { agency: "T22", period: "2024-07", systems: [] },
      { agency: "T22", period: "2024-08", systems: [{ level: 2, approval: "not_approved" }] },
    ], async (q) => {
      expect(await q(`select agency_code, period, any_value(source_form) as form, list(systems::integer order by level) as systems,
          list(share_of_systems order by level) as shares, count(*) as n
        from agency_levels group by agency_code, period order by agency_code, period`)).toEqual([
        { agency_code: "T01", period: "2024-07", form: "BM-01", systems: [0, 0, 0, 1, 0], shares: [0, 0, 0, 1, 0], n: 5 },
        { agency_code: "T22", period: "2024-07", form: "BM-01", systems: [0, 0, 0, 0, 0], shares: [null, null, null, null, null], n: 5 },
        { agency_code: "T22", period: "2024-08", form: "BM-01", systems: [0, 1, 0, 0, 0], shares: [0, 1, 0, 0, 0], n: 5 },
      ]);
    });
  });
});
