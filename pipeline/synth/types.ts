/**
 * Shared type declarations of the synthetic-submission generator (types only).
 *
 * The generator works in three steps: plan (what every file says: `FilePlan`,
 * with semantic `Bm01Content` / `Bm02Content`), render (bytes, and where each
 * semantic row landed: `RenderResult`), and truth (the answer key, computed from
 * the plans and placements, never by reading files back).
 */

/** A period, `YYYY-MM`. */
export type Ym = string;
/** A calendar date, `YYYY-MM-DD`. */
export type Ymd = string;

export type AgencyGroup = "bo_nganh" | "dia_phuong";

export interface AgencyRecord {
  code: string;
  group: AgencyGroup;
  /** bo, co_quan_ngang_bo, co_quan_thuoc_cp, or tinh for provinces. */
  kind: string;
  name2024: string | null;
  name2025: string | null;
  officialCode2024: string | null;
  officialCode2025: string | null;
  /** First month the agency exists (null: before any period we generate). */
  validFrom: Ym | null;
  /** Last month the agency exists (null: still exists). */
  validTo: Ym | null;
  /** 2025-list predecessors other than the agency itself. */
  absorbs: string[];
  /** First month of the 2025 structure of its list (2025-03 ministries, 2025-07 provinces). */
  switchMonth: Ym;
  inList2024: boolean;
}

/** How an agency reports. */
export type ReporterRole = "bm01" | "bm02" | "zero" | "quarterly";

export interface SystemSpec {
  /** Unique within its agency's list. */
  name: string;
  code: string;
  operator: string;
  level: number;
  /** Draws that fix the system's timeline. */
  u: number;
  v: number;
  w: number;
  inconsistent: boolean;
  /** Month index (months.index) from which the system is listed. */
  addedIdx: number;
  /** Approval date if approved before the simulated timeline starts. */
  historicApproval: Ymd;
  decisionNo: string;
  lastCheck: Ymd | null;
  monitored: boolean;
  connected: boolean;
  drillYear: number | null;
  note: string | null;
  vendor: string;
  url: string;
}

/** A system's status in one month. */
export interface SystemState {
  spec: SystemSpec;
  approved: boolean;
  /** Not approved, dossier under review. */
  review: boolean;
  /** "full" on a system that is not approved is an inconsistent row. */
  impl: "full" | "partial" | "none";
  approvalDate: Ymd | null;
}

export interface AgencyParams {
  a0: number;
  ga: number;
  q0: number;
  gq: number;
}

export type ApprovalKind = "approved" | "not" | "review" | "blank" | "unknown";
export type ImplKind = "full" | "partial" | "none" | "blank" | "unknown";

export type LevelValue =
  | { kind: "valid"; n: number }
  | { kind: "blank" }
  | { kind: "invalid"; raw: string | number };

export type RowRejectReason = "missing system name" | "missing level" | "invalid level";

export interface Bm01Row {
  /** null or whitespace-only: no system name. */
  name: string | null;
  code: string;
  operator: string;
  level: LevelValue;
  approval: ApprovalKind;
  impl: ImplKind;
  /** The text written for an `unknown` status. */
  approvalRaw?: string;
  implRaw?: string;
  decisionNo: string | null;
  approvalDate: Ymd | null;
  lastCheck: Ymd | null;
  monitored: boolean | null;
  connected: boolean | null;
  drillYear: number | null;
  note: string | null;
  vendor: string;
  url: string;
  /** Set for rows deliberately made invalid. */
  reject?: RowRejectReason;
}

export interface Bm01Content {
  form: "BM-01";
  /** null for an agency that does not exist (unknown agency). */
  agencyCode: string | null;
  agencyLabel: string;
  codeLabel: string | null;
  period: Ym;
  periodLabel: string;
  reportDate: Ymd;
  quarterly: boolean;
  rows: Bm01Row[];
  /** Short name used in the title and signature lines ("Bắc Ninh", "Bộ Y tế"). */
  place: string;
  /** Upper-case issuing body for the title block, two lines. */
  issuer: [string, string];
  /** How the agency name and the period are written (for the manifest). */
  spelling: string;
  periodStyle: string;
}

export type Bm02RowReject = "unknown agency" | "approved > total" | "implemented > approved";

export interface Bm02Row {
  agencyCode: string | null;
  agencyLabel: string;
  codeLabel: string | null;
  total: number;
  approved: number;
  implemented: number;
  levels: [number, number, number, number, number];
  /** Stated rates as fractions (may disagree with the counts); null = left blank. */
  statedApprovalRate: number | null;
  statedImplRate: number | null;
  reject?: Bm02RowReject;
}

export interface Bm02Content {
  form: "BM-02";
  /** Agency or consolidating office named in the header block. */
  officeLabel: string;
  period: Ym;
  periodLabel: string;
  reportDate: Ymd;
  consolidated: boolean;
  rows: Bm02Row[];
  place: string;
  issuer: [string, string];
}

export type Content = Bm01Content | Bm02Content;

export type CsvEncoding = "utf8-bom" | "utf8" | "utf16le-tab" | "windows-1258";

export interface CsvVariant {
  encoding: CsvEncoding;
  sep: "," | ";" | "\t";
  meta: "block" | "columns";
  eol: "\r\n" | "\n";
}

export type FileFormat = "xlsx" | "csv" | "html-xls" | "empty" | "lock";

export type Damage = "truncate" | "csv-as-xlsx" | "drop-impl-column";

export interface FilePlan {
  /** Stable label, also the seed label of the file's rendering stream. */
  id: string;
  /** Path relative to the sources folder, set once names are assigned. */
  path: string;
  batch: number;
  format: FileFormat;
  contents: Content[];
  /** Style features (see chooseFlags); decide the layout at render time. */
  flags: Set<string>;
  csv: CsvVariant | null;
  /** Hidden sheet holding a stale copy (xlsx only). */
  stale: Bm01Content | null;
  /** Why the pipeline must reject the file (null: loads). */
  reject: string | null;
  damage: Damage | null;
  /** Byte-identical copy of another plan. */
  copyOf: FilePlan | null;
  /** Date the file arrived (decides its batch). */
  arrival: Ymd;
  /** Extension without dot. */
  ext: string;
  /** Descriptive tags for the manifest. */
  tags: string[];
}

export interface Placement {
  /** Sheet name, or "" for CSV. */
  sheet: string;
  /** Spreadsheet row / CSV physical line of each content row. */
  rows: number[];
}

export interface RenderResult {
  bytes: Buffer;
  /** Index-aligned with FilePlan.contents. */
  placements: Placement[];
}

export interface SynthOptions {
  out: string;
  seed: number;
  agencies: number;
  months: number;
  start: Ym;
  referenceDir?: string;
}

export interface AgencyPeriodTruth {
  agency_code: string;
  agency_group: AgencyGroup;
  period: Ym;
  source_form: "BM-01" | "BM-02";
  total_systems: number;
  approved_systems: number;
  implemented_systems: number;
}
