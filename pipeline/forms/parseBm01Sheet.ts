import type { Grid, GridRow } from "../read/Grid.ts";
import type { RawValue } from "../read/RawValue.ts";
import { resolveAgency, type AgencyRegistry } from "../registry/index.ts";
import type { Note, RejectedRow, StatedFigure, SubmissionRecord, SystemRecord } from "../ingest/records.ts";
import { parseCount } from "../normalize/parseCount.ts";
import { parseLevel } from "../normalize/parseLevel.ts";
import { parseApprovalStatus } from "../normalize/parseApprovalStatus.ts";
import { parseImplementationStatus } from "../normalize/parseImplementationStatus.ts";
import { parseYesNo } from "../normalize/parseYesNo.ts";
import { parseDate } from "../normalize/parseDate.ts";
import { parsePeriod } from "../normalize/parsePeriod.ts";
import { parseYear } from "../normalize/parseYear.ts";
import { normalizeText } from "../normalize/normalizeText.ts";
import { foldText } from "../normalize/foldText.ts";
import { isFormulaLike } from "../normalize/isFormulaLike.ts";
import type { Bm01Field } from "./formSpecs.ts";
import type { FoundTable } from "./findTable.ts";
import type { HeaderBlock } from "./readHeaderBlock.ts";
import { tableRows } from "./tableRows.ts";
import { cellString } from "./cellString.ts";
import { describeLocation } from "./describeLocation.ts";
import { resolveReportIdentity } from "./resolveReportIdentity.ts";

export type SheetSubmission = Omit<SubmissionRecord, "submissionId" | "file" | "sha256">;
export type SheetSystem = Omit<SystemRecord, "submissionId" | "file" | "sha256">;

export type Bm01SheetResult =
  | { ok: true; submission: SheetSubmission; systems: SheetSystem[]; rejectedRows: RejectedRow[]; notes: Note[]; statedFigures: StatedFigure[]; rowsRead: number }
  | { ok: false; reasonCode: string; message: string };

interface Context {
  file: string;
  registry: AgencyRegistry;
}

/** One BM-01 sheet: one agency's register of systems for one period. */
export function parseBm01Sheet(grid: Grid, table: FoundTable<Bm01Field>, block: HeaderBlock, ctx: Context): Bm01SheetResult {
  const { rows, totalsRow } = tableRows(grid, table);
  const sheet = grid.sheetName;
  const col = (field: Bm01Field) => table.columns.get(field);
  const get = (row: GridRow, field: Bm01Field): RawValue => {
    const c = col(field);
    return c === undefined ? null : row.cells[c]?.value ?? null;
  };
  const where = (row: number | null, field?: Bm01Field) =>
    describeLocation({ form: "BM-01", sheet, row, column: field ? table.headerTexts.get(field) ?? null : null });

  // Without a header block, the identity columns must mean the same on every row (spellings may differ).
  const periodKey = (v: RawValue) => {
    const p = parsePeriod(v);
    return p.ok ? p.period : foldText(cellString(v));
  };
  const blockOrColumn = (field: "agency_name" | "agency_code" | "period" | "report_date", key: (v: RawValue) => string) => {
    const fromBlock = block[field];
    if (fromBlock) return { field, value: fromBlock.value as RawValue, mixed: null as string | null };
    return { field, ...sameOnEveryRow(rows, col(field), key) };
  };
  const periodField = blockOrColumn("period", periodKey);
  const periodGuess = periodField.value === null ? null : parsePeriod(periodField.value);
  const agencyKey = (v: RawValue, as: "name" | "code") => {
    if (!periodGuess?.ok) return foldText(cellString(v));
    const r = resolveAgency(ctx.registry, { [as]: cellString(v) }, periodGuess.period);
    return r.ok ? r.agency.code : foldText(cellString(v));
  };
  const identityFields = [
    blockOrColumn("agency_name", (v) => agencyKey(v, "name")),
    blockOrColumn("agency_code", (v) => agencyKey(v, "code")),
    periodField,
    blockOrColumn("report_date", (v) => {
      const d = parseDate(v);
      return d.ok ? d.date : foldText(cellString(v));
    }),
  ];
  const mixed = identityFields.find((f) => f.mixed !== null);
  if (mixed) {
    const what = mixed.field === "period" ? "nhiều kỳ báo cáo" : mixed.field === "report_date" ? "nhiều ngày báo cáo" : "nhiều cơ quan";
    return {
      ok: false,
      reasonCode: mixed.field === "period" ? "several_periods" : mixed.field === "report_date" ? "several_report_dates" : "several_agencies",
      message: `${where(null, mixed.field)}: một biểu BM-01 chứa ${what} (${mixed.mixed}) — mỗi tệp BM-01 chỉ báo cáo cho một cơ quan, một kỳ`,
    };
  }
  const value = (field: string) => identityFields.find((f) => f.field === field)?.value ?? null;
  const identity = resolveReportIdentity(ctx.registry, {
    agencyName: value("agency_name"),
    agencyCode: value("agency_code"),
    period: value("period"),
    reportDate: value("report_date"),
  });
  if (!identity.ok) return { ok: false, reasonCode: identity.reasonCode, message: `${where(null)}: ${identity.message}` };

  const notes: Note[] = [];
  const rejectedRows: RejectedRow[] = [];
  const systems: SheetSystem[] = [];
  const note = (row: number | null, field: Bm01Field | null, code: Note["code"], message: string) =>
    notes.push({ file: ctx.file, sheet, row, column: field ? table.headerTexts.get(field) ?? null : null, code, message: `${where(row, field ?? undefined)}: ${message}` });
  if (identity.reportDateProblem) note(block.report_date?.row ?? null, null, "unreadable-report-date", `${identity.reportDateProblem} (coi như báo cáo không ghi ngày)`);

  const seenNames = new Map<string, number>();
  for (const row of rows) {
    const r = row.rowNumber;
    const rawName = get(row, "system_name");
    const name = typeof rawName === "string" ? rawName.normalize("NFC") : cellString(rawName);
    if (name.trim() === "") {
      rejectedRows.push({ file: ctx.file, sheet, row: r, reasonCode: "missing_system_name", message: `${where(r, "system_name")}: thiếu tên hệ thống thông tin — dòng không được tính` });
      continue;
    }
    const level = parseLevel(get(row, "level"));
    if (!level.ok) {
      rejectedRows.push({
        file: ctx.file, sheet, row: r,
        reasonCode: level.reason === "missing" ? "missing_level" : "invalid_level",
        message: `${where(r, "level")}: ${level.reason === "missing" ? "thiếu cấp độ (cần số từ 1 đến 5)" : level.message} — dòng "${normalizeText(name)}" không được tính`,
      });
      continue;
    }
    const approvalRaw = textOrNull(get(row, "approval"));
    const implementationRaw = textOrNull(get(row, "implementation"));
    const approval = parseApprovalStatus(get(row, "approval"));
    const implementation = parseImplementationStatus(get(row, "implementation"));
    const operatorRaw = get(row, "operator");
    const operator = textOrNull(operatorRaw);

    for (const [field, text] of [["system_name", name], ["operator", typeof operatorRaw === "string" ? operatorRaw : ""]] as const) {
      if (isFormulaLike(text)) note(r, field, "formula-like-text", `"${text}" trông như công thức — được nạp như văn bản`);
    }
    if (approval === "blank") note(r, "approval", "blank-status", "tình trạng phê duyệt để trống (tính là chưa phê duyệt)");
    if (approval === "unknown") note(r, "approval", "unknown-status", `"${approvalRaw}" không phải tình trạng phê duyệt hợp lệ (tính là chưa phê duyệt) — cần "Đã phê duyệt", "Chưa phê duyệt" hoặc "Đang thẩm định"`);
    if (implementation === "blank") note(r, "implementation", "blank-status", "tình trạng triển khai phương án để trống (tính là chưa triển khai đầy đủ)");
    if (implementation === "unknown") note(r, "implementation", "unknown-status", `"${implementationRaw}" không phải tình trạng triển khai hợp lệ (tính là chưa triển khai đầy đủ) — cần "Đầy đủ", "Một phần" hoặc "Chưa triển khai"`);
    if (implementation === "full" && approval !== "approved") {
      note(r, "implementation", "implemented-not-approved", `ghi triển khai đầy đủ nhưng hồ sơ chưa được phê duyệt ("${approvalRaw ?? ""}") — tính là chưa triển khai đầy đủ`);
    }
    const monitored = parseYesNo(get(row, "monitored"));
    const nationalConnection = parseYesNo(get(row, "national_connection"));
    for (const [field, v] of [["monitored", monitored], ["national_connection", nationalConnection]] as const) {
      if (v === "unknown") note(r, field, "unknown-status", `"${cellString(get(row, field))}" không phải giá trị Có/Không hợp lệ (tính là không rõ)`);
    }
    const key = foldText(name);
    const firstRow = seenNames.get(key);
    if (firstRow !== undefined) note(r, "system_name", "duplicate-system-name", `tên hệ thống "${normalizeText(name)}" trùng với dòng ${firstRow} (vẫn tính cả hai)`);
    else seenNames.set(key, r);

    systems.push({
      sheet, row: r,
      systemCode: textOrNull(get(row, "system_code")),
      systemName: name,
      operator,
      level: level.level,
      approvalRaw,
      approvalStatus: approval,
      decisionNo: textOrNull(get(row, "decision_no")),
      approvalDate: dateOrNull(get(row, "approval_date")),
      implementationRaw,
      implementationStatus: implementation,
      assessmentDate: dateOrNull(get(row, "assessment_date")),
      monitored,
      nationalConnection,
      drillYear: parseYear(get(row, "drill_year")),
      remark: textOrNull(get(row, "remark")),
    });
  }
  // A totals row's COUNTA/COUNTIF results, beside what the counted rows give.
  const statedFigures: StatedFigure[] = [];
  if (totalsRow) {
    const supported = {
      total_systems: systems.length,
      approved_systems: systems.filter((y) => y.approvalStatus === "approved").length,
      implemented_systems: systems.filter((y) => y.approvalStatus === "approved" && y.implementationStatus === "full").length,
    };
    const label = normalizeText(cellString(totalsRow.cells.find((c) => cellString(c.value).trim())?.value));
    for (const [field, figure] of [["system_name", "total_systems"], ["approval", "approved_systems"], ["implementation", "implemented_systems"]] as const) {
      const value = get(totalsRow, field);
      const count = parseCount(value);
      if (!count.ok || typeof value === "string" && normalizeText(value).toLowerCase() === label.toLowerCase()) continue;
      statedFigures.push({
        file: ctx.file, sheet, row: totalsRow.rowNumber, form: "BM-01", agencyCode: identity.agency.code, label, figure,
        statedText: cellString(value), statedValue: count.n, numerator: supported[figure], denominator: null, basis: "table_rows",
      });
    }
  }
  return {
    ok: true,
    statedFigures,
    submission: {
      sheet, form: "BM-01",
      agencyCode: identity.agency.code,
      agencyNameAsWritten: identity.agencyNameAsWritten,
      period: identity.period,
      isQuarterly: identity.isQuarterly,
      reportDate: identity.reportDate,
      sourceRow: null,
      statedTotal: null, statedApproved: null, statedImplemented: null,
      statedLevels: [null, null, null, null, null],
    },
    systems,
    rejectedRows,
    notes,
    rowsRead: rows.length,
  };
}

function textOrNull(value: RawValue): string | null {
  const s = typeof value === "string" ? value.normalize("NFC") : cellString(value);
  return s.trim() === "" ? null : s;
}

function dateOrNull(value: RawValue): string | null {
  const d = parseDate(value);
  return d.ok ? d.date : null;
}

/** A value every data row repeats (CSV without a header block), compared by `key`; `mixed` lists the differing values. */
function sameOnEveryRow(rows: GridRow[], col: number | undefined, keyOf: (v: RawValue) => string): { value: RawValue; mixed: string | null } {
  if (col === undefined) return { value: null, mixed: null };
  const seen = new Map<string, RawValue>();
  for (const row of rows) {
    const v = row.cells[col]?.value ?? null;
    const s = cellString(v).trim();
    if (s === "") continue;
    const key = keyOf(v);
    if (!seen.has(key)) seen.set(key, v);
  }
  if (seen.size > 1) return { value: null, mixed: [...seen.values()].map((v) => `"${cellString(v).trim()}"`).slice(0, 4).join(", ") };
  return { value: seen.values().next().value ?? null, mixed: null };
}
