import { withWarehouse } from "./withWarehouse.ts";
import { DEFAULT_EXPORT_SETTINGS_FILE, loadExportSettings } from "./config/loadExportSettings.ts";
import { issuerOn } from "./config/issuerOn.ts";
import { placeDateLine } from "./text/placeDateLine.ts";
import { localDate } from "./text/localDate.ts";
import { readRankingData } from "./ranking/readRankingData.ts";
import { rankingFiles } from "./ranking/rankingFiles.ts";
import { readComplianceData } from "./compliance/readComplianceData.ts";
import { complianceFiles } from "./compliance/complianceFiles.ts";
import { writePlannedFiles } from "./files/writePlannedFiles.ts";
import { exportFingerprint } from "./reuse/exportFingerprint.ts";
import type { WrittenFiles } from "./files/WrittenFiles.ts";

export interface ExportOptions {
  /** YYYY-MM; default the latest month with figures. */
  period?: string | undefined;
  /** sources/export-settings.json unless given. */
  settingsFile?: string | undefined;
  /** The date the documents are issued (YYYY-MM-DD); default today. */
  issueDate?: string | undefined;
  /**
   * The previously published exports folder, which may not exist yet. When given, a file whose code,
   * settings, name and data are those of a file there (and whose bytes there are unchanged) is copied
   * from it instead of built, and `dir` gets the manifest (.capdo-exports.json) the next run reuses from.
   */
  reuseFrom?: string | undefined;
}

/**
 * Writes a month's exports into `dir`: xep-hang-YYYY-MM.xlsx and its CSV files, one
 * tuan-thu-YYYY-MM-<agency>.xlsx per agency with a counted BM-01, and tuan-thu-YYYY-MM.csv.
 * Returns the file names, which were built and which reused; none when the warehouse has no figures
 * and no period was asked for.
 */
export async function writeExports(dbPath: string, dir: string, options: ExportOptions = {}): Promise<WrittenFiles> {
  const settingsFile = options.settingsFile ?? DEFAULT_EXPORT_SETTINGS_FILE;
  const settings = loadExportSettings(settingsFile);
  const issueDate = options.issueDate ?? localDate();
  const heading = { issuer: issuerOn(settings, issueDate), placeDate: placeDateLine(settings.place, issueDate) };
  const planned = await withWarehouse(dbPath, async (query) => {
    const periods = (await query("export_periods")).map((r) => String(r.period));
    const period = options.period ?? periods.at(-1);
    if (period === undefined) return [];
    if (!periods.includes(period)) {
      throw new Error(periods.length === 0
        ? "Kho dữ liệu chưa có số liệu của kỳ nào — chưa có gì để xuất"
        : `Kỳ ${period} không có số liệu trong kho dữ liệu (có số liệu từ ${periods[0]} đến ${periods.at(-1)})`);
    }
    // The day the reports were read (run_info), shown in both documents' notes.
    const [run] = await query("run_info");
    const runDate = String(run?.run_date ?? "");
    const [ranking, compliance] = await Promise.all([readRankingData(query, period, runDate), readComplianceData(query, period, runDate)]);
    return [...rankingFiles(ranking, settings.rank_by, heading), ...complianceFiles(compliance, heading)];
  });
  const reuse = options.reuseFrom === undefined ? undefined : { from: options.reuseFrom, fingerprint: exportFingerprint(settingsFile) };
  return writePlannedFiles(planned, dir, reuse);
}
