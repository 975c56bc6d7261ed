import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Truth } from "./computeTruth.ts";

function field(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(columns: string[], rows: Record<string, unknown>[]): string {
  return [columns.join(","), ...rows.map((r) => columns.map((c) => field(r[c])).join(","))].join("\n") + "\n";
}

/**
 * Writes the answer key (UTF-8, comma separated, header row, empty field for
 * null) into `dir`.
 */
export function writeTruth(dir: string, truth: Truth): string[] {
  const out: [string, string][] = [
    [
      "agency_period.csv",
      csv(
        ["agency_code", "agency_group", "period", "source_form", "total_systems", "approved_systems", "implemented_systems"],
        truth.agencyPeriod as unknown as Record<string, unknown>[],
      ),
    ],
    ["agency_period_sources.csv", csv(["agency_code", "period", "source_form", "file", "report_date"], truth.sources)],
    ["rejected_files.csv", csv(["file", "reason"], truth.rejectedFiles)],
    ["rejected_rows.csv", csv(["file", "sheet", "row", "reason"], truth.rejectedRows)],
    ["skipped_files.csv", csv(["file"], truth.skipped.map((file) => ({ file })))],
    ["submission_status.csv", csv(["agency_code", "period", "status", "days_late"], truth.status)],
    [
      "files.csv",
      csv(["file", "status", "role", "forms", "agencies", "periods", "report_date", "bytes", "sha256", "features"], truth.manifest),
    ],
  ];
  for (const [name, text] of out) writeFileSync(join(dir, name), text);
  return out.map(([name]) => name);
}
