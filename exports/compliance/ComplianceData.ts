/** An agency whose counted report of the month is a BM-01. */
export interface ComplianceReport {
  agency_code: string;
  agency_name: string;
  agency_group: string;
  total_systems: number;
  source_file: string;
  report_date: string | null;
}

/** A counted BM-01 system with its requirement counts. */
export interface ComplianceSystem {
  agency_code: string;
  file: string;
  sheet: string | null;
  row: number;
  system_code: string | null;
  system_name: string;
  level: number;
  applicable_requirements: number;
  met_requirements: number;
  unmet_requirements: number;
  unknown_requirements: number;
}

/** A requirement a system does not meet (unmet) or lacks the evidence for (unknown). */
export interface ComplianceGap {
  agency_code: string;
  agency_name: string;
  file: string;
  sheet: string | null;
  row: number;
  system_code: string | null;
  system_name: string;
  level: number;
  requirement_order: number;
  requirement_name: string;
  status: "unmet" | "unknown";
  evidence: string;
  legal_basis: string;
}

export interface ComplianceData {
  period: string;
  runDate: string;
  reports: ComplianceReport[];
  systems: ComplianceSystem[];
  gaps: ComplianceGap[];
}
