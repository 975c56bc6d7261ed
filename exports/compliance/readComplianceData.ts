import type { RunQuery } from "../withWarehouse.ts";
import type { ComplianceData, ComplianceGap, ComplianceReport, ComplianceSystem } from "./ComplianceData.ts";
import { compareVietnamese } from "../text/compareVietnamese.ts";
import { vietnameseRanks } from "../text/vietnameseRanks.ts";

type RuleKey = { requirement_code: string; rule_effective_from: string };
type GapRow = Omit<ComplianceGap, "requirement_name" | "legal_basis"> & RuleKey;
type RequirementRow = RuleKey & { requirement_name: string; legal_basis: string };
const ruleKey = (r: RuleKey) => `${r.requirement_code}\u0000${r.rule_effective_from}`;
type SystemPlace = { system_name: string; file: string; sheet: string | null; row: number };

/** The month's counted BM-01 reports, their systems and their unmet or unknown requirements (system_requirements). */
export async function readComplianceData(query: RunQuery, period: string, runDate: string): Promise<ComplianceData> {
  const [reportRows, systemRows, requirementRows, gapRows] = await Promise.all([
    query("compliance_reports", { period }),
    query("compliance_systems", { period }),
    query("compliance_requirements", { period }),
    query("compliance_gaps", { period }),
  ]);
  const systems = systemRows as unknown as ComplianceSystem[];
  const requirements = new Map((requirementRows as unknown as RequirementRow[])
    .map((r) => [ruleKey(r), { requirement_name: r.requirement_name, legal_basis: r.legal_basis }]));
  // Spelled out field by field: a rest-and-spread copy of every gap row cost ten times as much.
  const gaps = (gapRows as unknown as GapRow[]).map((g): ComplianceGap => {
    const requirement = requirements.get(ruleKey(g));
    if (!requirement) throw new Error(`compliance_gaps: không có yêu cầu ${g.requirement_code} (hiệu lực từ ${g.rule_effective_from}) trong compliance_requirements`);
    return {
      agency_code: g.agency_code, agency_name: g.agency_name, file: g.file, sheet: g.sheet, row: g.row,
      system_code: g.system_code, system_name: g.system_name, level: g.level, requirement_order: g.requirement_order,
      requirement_name: requirement.requirement_name, status: g.status, evidence: g.evidence, legal_basis: requirement.legal_basis,
    };
  });
  // Systems, and each system's gaps, in the Vietnamese order of their names, then where they were read.
  const names = vietnameseRanks([...systems, ...gaps].map((y) => y.system_name));
  const inOrder = <T extends SystemPlace>(rows: T[], tieBreak: (a: T, b: T) => number) => rows
    .map((item) => ({ item, name: names.get(item.system_name)!, place: `${item.file}\u0000${item.sheet ?? ""}` }))
    .sort((a, b) => a.name - b.name || plainOrder(a.place, b.place) || a.item.row - b.item.row || tieBreak(a.item, b.item))
    .map(({ item }) => item);
  return {
    period,
    runDate,
    reports: (reportRows as unknown as ComplianceReport[]).sort((a, b) => compareVietnamese(a.agency_name, b.agency_name)),
    systems: inOrder(systems, () => 0),
    gaps: inOrder(gaps, (a, b) => a.requirement_order - b.requirement_order),
  };
}

function plainOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
