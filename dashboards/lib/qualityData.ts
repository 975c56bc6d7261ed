import { pack } from "./pack.ts";
import { withWarehouse } from "./warehouse.ts";

/** `data/quality.json`: files and rows not counted with their reasons, notes, stated figures that do not add up. */
export async function qualityData() {
  return withWarehouse(async (query) => ({
    files: await query("quality_files"),
    rejected_files: pack(await query("quality_rejected_files")),
    skipped_files: pack(await query("quality_skipped_files")),
    rejected_rows: pack(await query("quality_rejected_rows")),
    notes: pack(await query("quality_notes")),
    rate_audit: pack(await query("quality_rate_audit")),
    rate_audit_summary: (await query("quality_rate_audit_summary"))[0],
  }));
}
