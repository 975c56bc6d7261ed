import type { RunQuery } from "../withWarehouse.ts";
import type { ComplianceData, ComplianceGap, ComplianceReport, ComplianceSystem } from "./ComplianceData.ts";
import { compareVietnamese } from "../text/compareVietnamese.ts";

/** The month's counted BM-01 reports, their systems and their unmet or unknown requirements (system_requirements). */
export async function readComplianceData(query: RunQuery, period: string): Promise<ComplianceData> {
  const [run] = await query("run_info");
  const bySystem = <T extends { system_name: string; file: string; sheet: string | null; row: number }>(a: T, b: T) =>
    compareVietnamese(a.system_name, b.system_name) || plainOrder(`${a.file}\u0000${a.sheet ?? ""}`, `${b.file}\u0000${b.sheet ?? ""}`) || a.row - b.row;
  const systems = (await query("compliance_systems", { period })) as unknown as ComplianceSystem[];
  const gaps = (await query("compliance_gaps", { period })) as unknown as ComplianceGap[];
  return {
    period,
    runDate: String(run?.run_date ?? ""),
    reports: ((await query("compliance_reports", { period })) as unknown as ComplianceReport[])
      .sort((a, b) => compareVietnamese(a.agency_name, b.agency_name)),
    systems: systems.sort(bySystem),
    gaps: gaps.sort((a, b) => bySystem(a, b) || a.requirement_order - b.requirement_order),
  };
}

function plainOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
