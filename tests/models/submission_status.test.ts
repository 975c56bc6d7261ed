import { describe, expect, it } from "vitest";
import { withGivenWarehouse } from "../helpers/givenWarehouse.ts";

const one = [{}];

describe("submission_status", () => {
  it("judges each month's counted report against the 20th; quarterly reports make the quarter's first months not due", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", reportDate: "2024-07-20", systems: one },
      { agency: "T01", period: "2024-08", reportDate: "2024-08-21", systems: one },
      { agency: "T01", period: "2024-09", reportDate: "2024-08-30", systems: one }, // dated before its period: on time
      { agency: "T92", period: "2024-09", reportDate: "2024-09-25", quarterly: true, systems: one },
      { agency: "T22", period: "2024-08", reportDate: null, systems: one },
    ], async (q) => {
      const rows = await q(`select agency_code, period, status, days_late from submission_status
        where agency_code in ('T01', 'T92', 'T22', 'BCA') order by agency_code, period`);
      expect(rows).toEqual([
        { agency_code: "BCA", period: "2024-07", status: "missing", days_late: null },
        { agency_code: "BCA", period: "2024-08", status: "missing", days_late: null },
        { agency_code: "BCA", period: "2024-09", status: "missing", days_late: null },
        { agency_code: "T01", period: "2024-07", status: "on_time", days_late: null },
        { agency_code: "T01", period: "2024-08", status: "late", days_late: 1 },
        { agency_code: "T01", period: "2024-09", status: "on_time", days_late: null },
        { agency_code: "T22", period: "2024-07", status: "missing", days_late: null },
        { agency_code: "T22", period: "2024-08", status: "late", days_late: null },
        { agency_code: "T22", period: "2024-09", status: "missing", days_late: null },
        { agency_code: "T92", period: "2024-07", status: "not_due", days_late: null },
        { agency_code: "T92", period: "2024-08", status: "not_due", days_late: null },
        { agency_code: "T92", period: "2024-09", status: "late", days_late: 5 },
      ]);
      expect(await q("select count(distinct agency_code) as n from submission_status where period = '2024-07'")).toEqual([{ n: 93 }]);
    });
  });

  it("expects only agencies that exist that month, and with expected_reporters = reported only those that ever reported", async () => {
    const reports = [
      { agency: "T01", period: "2025-06", systems: one },
      { agency: "N79", period: "2025-07", systems: one },
    ];
    await withGivenWarehouse(reports, async (q) => {
      expect(await q(`select period, count(*) as n, count(*) filter (where agency_code = 'T79') as t79, count(*) filter (where agency_code = 'N79') as n79
        from submission_status group by period order by period`)).toEqual([
        { period: "2025-06", n: 85, t79: 1, n79: 0 },
        { period: "2025-07", n: 56, t79: 0, n79: 1 },
      ]);
    });
    await withGivenWarehouse(reports, async (q) => {
      expect(await q("select agency_code, period, status from submission_status order by period, agency_code")).toEqual([
        { agency_code: "T01", period: "2025-06", status: "on_time" },
        { agency_code: "N79", period: "2025-07", status: "on_time" },
        { agency_code: "T01", period: "2025-07", status: "missing" },
      ]);
    }, { settings: { expected_reporters: "reported" } });
  });
});
