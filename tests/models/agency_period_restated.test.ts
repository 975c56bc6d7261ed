import { describe, expect, it } from "vitest";
import { withGivenWarehouse, type GivenSystem } from "../helpers/givenWarehouse.ts";

const systems = (approved: number, implemented: number, total: number): GivenSystem[] =>
  Array.from({ length: total }, (_, i) => ({
    approval: i < approved ? "approved" : "not_approved",
    implementation: i < implemented ? "full" : "none",
  }));

const COLUMNS = `agency_code, agency_name, agency_group, period, predecessors, predecessors_expected, predecessors_reporting,
  is_complete, total_systems, approved_systems, implemented_systems, approval_rate, implementation_rate,
  approval_rank, implementation_rank`;

describe("agency_period_restated", () => {
  it("pools the predecessors before a merger and ranks only complete rows, on exact fractions", async () => {
    await withGivenWarehouse([
      { agency: "T51", period: "2024-07", systems: systems(1, 1, 2) }, // N51 = T51 + T62: 4/6, tie with T01
      { agency: "T62", period: "2024-07", systems: systems(3, 0, 4) },
      { agency: "T01", period: "2024-07", systems: systems(2, 1, 3) }, // unchanged: 2/3
      { agency: "T46", period: "2024-07", systems: systems(3, 3, 3) }, // unchanged code, 2025 name
      { agency: "T22", period: "2024-07", systems: systems(1, 0, 2) }, // 1/2: rank 4 after the tie
      { agency: "T38", period: "2024-07", systems: [] }, // 0 systems: no rate, no rank
      { agency: "T15", period: "2024-07", systems: systems(5, 5, 5) }, // Yên Bái → N15 (official code 15 reused); T10 missing
      { agency: "T08", period: "2024-07", systems: [] }, // N08 = T08 + T02, complete with 0 systems
      { agency: "T02", period: "2024-07", systems: [] },
      { agency: "BCA", period: "2024-07", counts: { total: 10, approved: 1, implemented: 0 } }, // other group
    ], async (q) => {
      const rows = await q(`select ${COLUMNS} from agency_period_restated order by agency_group, agency_code`);
      expect(rows).toEqual([
        {
          agency_code: "BCA", agency_name: "Bộ Công an", agency_group: "bo_nganh", period: "2024-07", predecessors: "BCA",
          predecessors_expected: 1, predecessors_reporting: 1, is_complete: true, total_systems: 10, approved_systems: 1,
          implemented_systems: 0, approval_rate: 0.1, implementation_rate: 0, approval_rank: 1, implementation_rank: 1,
        },
        {
          agency_code: "N08", agency_name: "Tỉnh Tuyên Quang", agency_group: "dia_phuong", period: "2024-07", predecessors: "T02 T08",
          predecessors_expected: 2, predecessors_reporting: 2, is_complete: true, total_systems: 0, approved_systems: 0,
          implemented_systems: 0, approval_rate: null, implementation_rate: null, approval_rank: null, implementation_rank: null,
        },
        {
          agency_code: "N15", agency_name: "Tỉnh Lào Cai", agency_group: "dia_phuong", period: "2024-07", predecessors: "T15",
          predecessors_expected: 2, predecessors_reporting: 1, is_complete: false, total_systems: 5, approved_systems: 5,
          implemented_systems: 5, approval_rate: 1, implementation_rate: 1, approval_rank: null, implementation_rank: null,
        },
        {
          agency_code: "N51", agency_name: "Tỉnh Quảng Ngãi", agency_group: "dia_phuong", period: "2024-07", predecessors: "T51 T62",
          predecessors_expected: 2, predecessors_reporting: 2, is_complete: true, total_systems: 6, approved_systems: 4,
          implemented_systems: 1, approval_rate: 4 / 6, implementation_rate: 1 / 6, approval_rank: 2, implementation_rank: 3,
        },
        {
          agency_code: "T01", agency_name: "Thành phố Hà Nội", agency_group: "dia_phuong", period: "2024-07", predecessors: "T01",
          predecessors_expected: 1, predecessors_reporting: 1, is_complete: true, total_systems: 3, approved_systems: 2,
          implemented_systems: 1, approval_rate: 2 / 3, implementation_rate: 1 / 3, approval_rank: 2, implementation_rank: 2,
        },
        {
          agency_code: "T22", agency_name: "Tỉnh Quảng Ninh", agency_group: "dia_phuong", period: "2024-07", predecessors: "T22",
          predecessors_expected: 1, predecessors_reporting: 1, is_complete: true, total_systems: 2, approved_systems: 1,
          implemented_systems: 0, approval_rate: 0.5, implementation_rate: 0, approval_rank: 4, implementation_rank: 4,
        },
        {
          agency_code: "T38", agency_name: "Tỉnh Thanh Hóa", agency_group: "dia_phuong", period: "2024-07", predecessors: "T38",
          predecessors_expected: 1, predecessors_reporting: 1, is_complete: true, total_systems: 0, approved_systems: 0,
          implemented_systems: 0, approval_rate: null, implementation_rate: null, approval_rank: null, implementation_rank: null,
        },
        {
          agency_code: "T46", agency_name: "Thành phố Huế", agency_group: "dia_phuong", period: "2024-07", predecessors: "T46",
          predecessors_expected: 1, predecessors_reporting: 1, is_complete: true, total_systems: 3, approved_systems: 3,
          implemented_systems: 3, approval_rate: 1, implementation_rate: 1, approval_rank: 1, implementation_rank: 1,
        },
      ]);
      // agency_period keeps the 2024 name and the 2024 agencies; the restated set has no row under a 2024 code that merged.
      expect(await q("select agency_name from agency_period where agency_code = 'T46'")).toEqual([{ agency_name: "Tỉnh Thừa Thiên Huế" }]);
      expect(await q("select count(*) as n from agency_period_restated where agency_code in ('T15', 'T51', 'T62', 'T02', 'T08')")).toEqual([{ n: 0 }]);
    });
  });

  it("uses the agency's own row from its formation on; a ministry that kept its code pools those it absorbed before", async () => {
    await withGivenWarehouse([
      // Ministries reorganised on 2025-03-01. BTC absorbed BKHDT, BHXH and UBQLV; only two reported in 2025-02.
      { agency: "BTC", period: "2025-02", counts: { total: 10, approved: 5, implemented: 1 } },
      { agency: "BKHDT", period: "2025-02", counts: { total: 10, approved: 5, implemented: 0 } },
      { agency: "BNNPTNT", period: "2025-02", counts: { total: 10, approved: 10, implemented: 10 } }, // BNNMT = BNNPTNT + BTNMT
      { agency: "BTNMT", period: "2025-02", counts: { total: 0, approved: 0, implemented: 0 } },
      { agency: "BTC", period: "2025-03", counts: { total: 30, approved: 20, implemented: 10 } },
      { agency: "BNNMT", period: "2025-03", counts: { total: 10, approved: 10, implemented: 10 } },
      { agency: "BCA", period: "2025-03", counts: { total: 4, approved: 2, implemented: 1 } },
      // Provinces reorganised on 2025-07-01.
      { agency: "T51", period: "2025-06", systems: systems(1, 0, 1) },
      { agency: "T62", period: "2025-06", systems: systems(0, 0, 1) },
      { agency: "N51", period: "2025-07", systems: systems(3, 3, 6) },
      { agency: "T46", period: "2025-07", systems: systems(3, 1, 6) },
    ], async (q) => {
      const rows = await q(`select agency_code, agency_name, period, predecessors, predecessors_expected, predecessors_reporting,
        is_complete, total_systems, approved_systems, implemented_systems, approval_rank, implementation_rank
        from agency_period_restated order by period, agency_group, agency_code`);
      expect(rows).toEqual([
        { agency_code: "BNNMT", agency_name: "Bộ Nông nghiệp và Môi trường", period: "2025-02", predecessors: "BNNPTNT BTNMT", predecessors_expected: 2, predecessors_reporting: 2, is_complete: true, total_systems: 10, approved_systems: 10, implemented_systems: 10, approval_rank: 1, implementation_rank: 1 },
        { agency_code: "BTC", agency_name: "Bộ Tài chính", period: "2025-02", predecessors: "BKHDT BTC", predecessors_expected: 4, predecessors_reporting: 2, is_complete: false, total_systems: 20, approved_systems: 10, implemented_systems: 1, approval_rank: null, implementation_rank: null },
        { agency_code: "BCA", agency_name: "Bộ Công an", period: "2025-03", predecessors: "BCA", predecessors_expected: 1, predecessors_reporting: 1, is_complete: true, total_systems: 4, approved_systems: 2, implemented_systems: 1, approval_rank: 3, implementation_rank: 3 },
        { agency_code: "BNNMT", agency_name: "Bộ Nông nghiệp và Môi trường", period: "2025-03", predecessors: "BNNMT", predecessors_expected: 1, predecessors_reporting: 1, is_complete: true, total_systems: 10, approved_systems: 10, implemented_systems: 10, approval_rank: 1, implementation_rank: 1 },
        { agency_code: "BTC", agency_name: "Bộ Tài chính", period: "2025-03", predecessors: "BTC", predecessors_expected: 1, predecessors_reporting: 1, is_complete: true, total_systems: 30, approved_systems: 20, implemented_systems: 10, approval_rank: 2, implementation_rank: 2 },
        { agency_code: "N51", agency_name: "Tỉnh Quảng Ngãi", period: "2025-06", predecessors: "T51 T62", predecessors_expected: 2, predecessors_reporting: 2, is_complete: true, total_systems: 2, approved_systems: 1, implemented_systems: 0, approval_rank: 1, implementation_rank: 1 },
        { agency_code: "N51", agency_name: "Tỉnh Quảng Ngãi", period: "2025-07", predecessors: "N51", predecessors_expected: 1, predecessors_reporting: 1, is_complete: true, total_systems: 6, approved_systems: 3, implemented_systems: 3, approval_rank: 1, implementation_rank: 1 },
        { agency_code: "T46", agency_name: "Thành phố Huế", period: "2025-07", predecessors: "T46", predecessors_expected: 1, predecessors_reporting: 1, is_complete: true, total_systems: 6, approved_systems: 3, implemented_systems: 1, approval_rank: 1, implementation_rank: 2 },
      ]);
      // From its formation on, the restated row is the agency's agency_period row.
      const own = await q(`select r.total_systems, r.approved_systems, r.implemented_systems, r.approval_rate, r.implementation_rate,
        p.total_systems as p_total, p.approved_systems as p_approved, p.implemented_systems as p_implemented,
        p.approval_rate as p_approval_rate, p.implementation_rate as p_implementation_rate
        from agency_period_restated as r join agency_period as p using (agency_code, period) where r.agency_code = 'N51'`);
      expect(own).toEqual([{ total_systems: 6, approved_systems: 3, implemented_systems: 3, approval_rate: 0.5, implementation_rate: 0.5,
        p_total: 6, p_approved: 3, p_implemented: 3, p_approval_rate: 0.5, p_implementation_rate: 0.5 }]);
    });
  });
});
