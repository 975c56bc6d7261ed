import type { RawValue } from "../read/RawValue.ts";
import { parsePeriod } from "../normalize/parsePeriod.ts";
import { parseDate } from "../normalize/parseDate.ts";
import { resolveAgency, type Agency, type AgencyRegistry } from "../registry/index.ts";
import { cellString } from "./cellString.ts";

export interface IdentityInput {
  agencyName: RawValue;
  agencyCode: RawValue;
  period: RawValue;
  reportDate: RawValue;
}

export type ReportIdentity =
  | { ok: true; agency: Agency; agencyNameAsWritten: string | null; period: string; isQuarterly: boolean; reportDate: string | null; reportDateProblem: string | null }
  | { ok: false; reasonCode: string; message: string };

const AGENCY_REASON: Record<string, string> = {
  missing: "agency_missing",
  unknown: "unknown_agency",
  "not-in-period": "agency_not_in_period",
  "code-name-mismatch": "agency_code_name_mismatch",
};

/** Period first (agencies are read as of it), then the agency, then the report date. */
export function resolveReportIdentity(registry: AgencyRegistry, input: IdentityInput): ReportIdentity {
  const period = parsePeriod(input.period);
  if (!period.ok) {
    const message = period.reason === "missing" ? "thiếu kỳ báo cáo (ô \"Kỳ báo cáo\")" : period.message;
    return { ok: false, reasonCode: "period_unreadable", message };
  }
  const name = cellString(input.agencyName).trim() || null;
  const code = cellString(input.agencyCode).trim() || null;
  const agency = resolveAgency(registry, { name, code }, period.period);
  if (!agency.ok) return { ok: false, reasonCode: AGENCY_REASON[agency.reason] ?? "unknown_agency", message: agency.message };
  const date = parseDate(input.reportDate);
  return {
    ok: true,
    agency: agency.agency,
    agencyNameAsWritten: name,
    period: period.period,
    isQuarterly: period.quarterly,
    reportDate: date.ok ? date.date : null,
    reportDateProblem: !date.ok && date.reason === "unreadable" ? date.message : null,
  };
}
