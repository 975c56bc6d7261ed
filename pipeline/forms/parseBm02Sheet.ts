import type { Grid, GridRow } from "../read/Grid.ts";
import type { RawValue } from "../read/RawValue.ts";
import type { AgencyRegistry } from "../registry/index.ts";
import type { Note, RejectedRow, StatedFigure } from "../ingest/records.ts";
import { parseCount } from "../normalize/parseCount.ts";
import { parseStatedRate } from "../normalize/parseStatedRate.ts";
import { normalizeText } from "../normalize/normalizeText.ts";
import type { Bm02Field } from "./formSpecs.ts";
import type { FoundTable } from "./findTable.ts";
import type { HeaderBlock } from "./readHeaderBlock.ts";
import { tableRows } from "./tableRows.ts";
import { cellString } from "./cellString.ts";
import { describeLocation } from "./describeLocation.ts";
import { resolveReportIdentity } from "./resolveReportIdentity.ts";
import type { SheetSubmission } from "./parseBm01Sheet.ts";

export type Bm02SheetResult =
  | { ok: true; submissions: SheetSubmission[]; rejectedRows: RejectedRow[]; notes: Note[]; statedFigures: StatedFigure[]; rowsRead: number }
  | { ok: false; reasonCode: string; message: string };

interface Context {
  file: string;
  registry: AgencyRegistry;
}

const RATE_TOLERANCE_PP = 0.1;

/** A BM-02 sheet: one row per agency; the header block (or the row) gives period and report date. */
export function parseBm02Sheet(grid: Grid, table: FoundTable<Bm02Field>, block: HeaderBlock, ctx: Context): Bm02SheetResult {
  const { rows, totalsRow } = tableRows(grid, table);
  const sheet = grid.sheetName;
  const get = (row: GridRow, field: Bm02Field): RawValue => {
    const c = table.columns.get(field);
    return c === undefined ? null : row.cells[c]?.value ?? null;
  };
  const numFmt = (row: GridRow, field: Bm02Field) => {
    const c = table.columns.get(field);
    return c === undefined ? undefined : row.cells[c]?.numFmt;
  };
  const where = (row: number | null, field?: Bm02Field) =>
    describeLocation({ form: "BM-02", sheet, row, column: field ? table.headerTexts.get(field) ?? null : null });

  if (!block.period && !table.columns.has("period")) {
    return { ok: false, reasonCode: "period_unreadable", message: `${where(null)}: thiếu kỳ báo cáo (không có ô "Kỳ báo cáo" phía trên bảng, cũng không có cột "Kỳ báo cáo")` };
  }
  const notes: Note[] = [];
  const rejectedRows: RejectedRow[] = [];
  const submissions: SheetSubmission[] = [];
  const reject = (r: number, reasonCode: string, message: string) => rejectedRows.push({ file: ctx.file, sheet, row: r, reasonCode, message });

  const statedFigures: StatedFigure[] = [];
  const tableSums = { total: 0, approved: 0, implemented: 0 };
  const checkStatedRates = (row: GridRow, label: string, agencyCode: string | null, total: number, approved: number, implemented: number) => {
    for (const [field, numerator, what] of [["approval_rate", approved, "phê duyệt"], ["implementation_rate", implemented, "triển khai"]] as const) {
      const stated = parseStatedRate(get(row, field), numFmt(row, field));
      if (!stated.ok) continue;
      const actual = total === 0 ? null : (100 * numerator) / total;
      const closest = actual === null ? stated.candidates[0]! : stated.candidates.reduce((a, b) => (Math.abs(b - actual) < Math.abs(a - actual) ? b : a));
      statedFigures.push({
        file: ctx.file, sheet, row: row.rowNumber, form: "BM-02", agencyCode, label, figure: field,
        statedText: cellString(get(row, field)), statedValue: closest,
        numerator: total === 0 ? null : numerator, denominator: total === 0 ? null : total, basis: "row_counts",
      });
      if (actual === null) continue;
      if (stated.candidates.every((c) => Math.abs(c - actual) > RATE_TOLERANCE_PP)) {
        notes.push({
          file: ctx.file, sheet, row: row.rowNumber, column: table.headerTexts.get(field) ?? null, code: "stated-rate-mismatch",
          message: `${where(row.rowNumber, field)} (${label}): tỷ lệ ${what} ghi ${formatPercent(stated.candidates[0]!)} nhưng số liệu cho ${formatPercent(actual, 2)} (${numerator}/${total}) — dùng tỷ lệ tính từ số liệu`,
        });
      }
    }
  };

  for (const row of rows) {
    const r = row.rowNumber;
    // A totals row sums every row of the table, including those set aside below.
    const rowCounts = (["total", "approved", "implemented"] as const).map((f) => parseCount(get(row, f)));
    if (rowCounts.every((c) => c.ok)) {
      const [t, a, i] = rowCounts.map((c) => (c.ok ? c.n : 0)) as [number, number, number];
      tableSums.total += t;
      tableSums.approved += a;
      tableSums.implemented += i;
    }
    const identity = resolveReportIdentity(ctx.registry, {
      agencyName: get(row, "agency_name"),
      agencyCode: get(row, "agency_code"),
      period: block.period?.value ?? get(row, "period"),
      reportDate: block.report_date?.value ?? get(row, "report_date"),
    });
    const label = normalizeText(cellString(get(row, "agency_name"))) || cellString(get(row, "agency_code"));
    if (!identity.ok) {
      const reasonCode = identity.reasonCode === "period_unreadable" && block.period ? "period_unreadable" : identity.reasonCode;
      if (block.period && identity.reasonCode === "period_unreadable") {
        return { ok: false, reasonCode, message: `${where(block.period.row)}: ${identity.message}` };
      }
      reject(r, reasonCode, `${where(r)}: ${identity.message} — dòng không được tính`);
      continue;
    }
    const counts = (["total", "approved", "implemented"] as const).map((field) => ({ field, result: parseCount(get(row, field)) }));
    const bad = counts.find((c) => !c.result.ok);
    if (bad && !bad.result.ok) {
      reject(r, bad.result.reason === "missing" ? "missing_count" : "count_not_whole",
        `${where(r, bad.field)} (${label}): ${bad.result.reason === "missing" ? "thiếu số liệu (cần số nguyên ≥ 0)" : bad.result.message} — dòng không được tính`);
      continue;
    }
    const [total, approved, implemented] = counts.map((c) => (c.result.ok ? c.result.n : 0)) as [number, number, number];
    if (approved > total) {
      reject(r, "approved_gt_total", `${where(r, "approved")} (${label}): số HTTT đã phê duyệt (${approved}) lớn hơn tổng số HTTT (${total}) — kiểm tra lại hai cột này; dòng không được tính`);
      continue;
    }
    if (implemented > approved) {
      reject(r, "implemented_gt_approved", `${where(r, "implemented")} (${label}): số HTTT đã triển khai đầy đủ (${implemented}) lớn hơn số đã phê duyệt (${approved}) — dòng không được tính`);
      continue;
    }
    if (identity.reportDateProblem) {
      notes.push({ file: ctx.file, sheet, row: r, column: null, code: "unreadable-report-date", message: `${where(r)}: ${identity.reportDateProblem} (coi như báo cáo không ghi ngày)` });
    }
    checkStatedRates(row, label, identity.agency.code, total, approved, implemented);
    const levels = (["level_1", "level_2", "level_3", "level_4", "level_5"] as const).map((f) => {
      const c = parseCount(get(row, f));
      return c.ok ? c.n : null;
    });
    submissions.push({
      sheet, form: "BM-02",
      agencyCode: identity.agency.code,
      agencyNameAsWritten: identity.agencyNameAsWritten,
      period: identity.period,
      isQuarterly: identity.isQuarterly,
      reportDate: identity.reportDate,
      sourceRow: r,
      statedTotal: total, statedApproved: approved, statedImplemented: implemented,
      statedLevels: levels,
    });
  }
  if (totalsRow) {
    const label = normalizeText(cellString(totalsRow.cells.find((c) => cellString(c.value).trim())?.value));
    const fields = [["total", "total_systems", tableSums.total], ["approved", "approved_systems", tableSums.approved], ["implemented", "implemented_systems", tableSums.implemented]] as const;
    const counts = fields.map(([f]) => parseCount(get(totalsRow, f)));
    fields.forEach(([field, figure, sum], i) => {
      const c = counts[i]!;
      // A sum past the warehouse's 32-bit integers can only come from absurd rows (each set aside or noted already).
      if (c.ok && sum <= 2_147_483_647) {
        statedFigures.push({
          file: ctx.file, sheet, row: totalsRow.rowNumber, form: "BM-02", agencyCode: null, label, figure,
          statedText: cellString(get(totalsRow, field)), statedValue: c.n, numerator: sum, denominator: null, basis: "table_rows",
        });
      }
    });
    if (counts.every((c) => c.ok)) {
      const [t, a, i] = counts.map((c) => (c.ok ? c.n : 0)) as [number, number, number];
      checkStatedRates(totalsRow, label, null, t, a, i);
    }
  }
  return { ok: true, submissions, rejectedRows, notes, statedFigures, rowsRead: rows.length };
}

function formatPercent(value: number, digits = 1): string {
  return `${value.toFixed(digits).replace(".", ",")} %`;
}
