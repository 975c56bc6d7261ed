import type { FormCode } from "../forms/formSpecs.ts";
import type { ApprovalStatus } from "../normalize/parseApprovalStatus.ts";
import type { ImplementationStatus } from "../normalize/parseImplementationStatus.ts";
import type { YesNo } from "../normalize/parseYesNo.ts";

/** Where something was found, for provenance and messages. */
export interface Location {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
}

export type NoteCode =
  | "formula-like-text" | "blank-status" | "unknown-status" | "implemented-not-approved"
  | "duplicate-system-name" | "stated-rate-mismatch" | "duplicate-file" | "unreadable-report-date"
  | "report-date-in-future" | "dated-before-period";

export interface Note extends Location {
  code: NoteCode;
  message: string;
}

export interface RejectedRow {
  file: string;
  sheet: string | null;
  row: number;
  reasonCode: string;
  message: string;
}

/** One agency's report for one period, from a BM-01 sheet or a BM-02 row. */
export interface SubmissionRecord {
  submissionId: number;
  file: string;
  sha256: string;
  sheet: string | null;
  form: FormCode;
  agencyCode: string;
  agencyNameAsWritten: string | null;
  period: string;
  isQuarterly: boolean;
  reportDate: string | null;
  sourceRow: number | null; // BM-02 row; null for BM-01
  statedTotal: number | null; // BM-02 counts as stated
  statedApproved: number | null;
  statedImplemented: number | null;
  statedLevels: (number | null)[]; // BM-02 "Cấp độ 1..5"
}

/** One BM-01 row that names a system and has a valid level. */
export interface SystemRecord {
  submissionId: number;
  file: string;
  sha256: string;
  sheet: string | null;
  row: number;
  systemCode: string | null;
  systemName: string;
  operator: string | null;
  level: number;
  approvalRaw: string | null;
  approvalStatus: ApprovalStatus;
  decisionNo: string | null;
  approvalDate: string | null;
  implementationRaw: string | null;
  implementationStatus: ImplementationStatus;
  assessmentDate: string | null;
  monitored: YesNo;
  nationalConnection: YesNo;
  drillYear: number | null;
  remark: string | null;
}

/** A rate or count stated in a submission, beside what the counts support (for rate_audit). */
export interface StatedFigure {
  file: string;
  sheet: string | null;
  row: number;
  form: "BM-01" | "BM-02";
  agencyCode: string | null; // null on a totals row
  label: string; // the agency as written, or the totals row's label
  figure: "approval_rate" | "implementation_rate" | "total_systems" | "approved_systems" | "implemented_systems";
  statedText: string;
  statedValue: number; // percent (0–100) for rates, a count for totals
  numerator: number | null; // what the counts support: numerator (or the count) …
  denominator: number | null; // … over this denominator for rates
  basis: "row_counts" | "table_rows"; // a rate against its row's counts; a total against the table's rows
}

export type FileOutcome =
  | {
      status: "loaded";
      submissions: Omit<SubmissionRecord, "submissionId" | "file" | "sha256">[];
      systems: Omit<SystemRecord, "submissionId" | "file" | "sha256">[][]; // per submission, same order
      rejectedRows: RejectedRow[];
      notes: Note[];
      statedFigures: StatedFigure[];
      rowsRead: number;
    }
  | { status: "rejected"; reasonCode: string; message: string; notes: Note[] };
