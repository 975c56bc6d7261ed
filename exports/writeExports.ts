import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { withWarehouse } from "./withWarehouse.ts";
import { loadExportSettings } from "./config/loadExportSettings.ts";
import { issuerOn } from "./config/issuerOn.ts";
import { placeDateLine } from "./text/placeDateLine.ts";
import { localDate } from "./text/localDate.ts";
import { readRankingData } from "./ranking/readRankingData.ts";
import { buildRankingWorkbook } from "./ranking/buildRankingWorkbook.ts";
import { rankingCsvFiles } from "./ranking/rankingCsvFiles.ts";
import { readComplianceData } from "./compliance/readComplianceData.ts";
import { complianceFiles } from "./compliance/complianceFiles.ts";

export interface ExportOptions {
  /** YYYY-MM; default the latest month with figures. */
  period?: string | undefined;
  /** sources/export-settings.json unless given. */
  settingsFile?: string | undefined;
  /** The date the documents are issued (YYYY-MM-DD); default today. */
  issueDate?: string | undefined;
}

/**
 * Writes a month's exports into `dir`: xep-hang-YYYY-MM.xlsx and its CSV files, one
 * tuan-thu-YYYY-MM-<agency>.xlsx per agency with a counted BM-01, and tuan-thu-YYYY-MM.csv.
 * Returns the file names, or none when the warehouse has no figures and no period was asked for.
 */
export async function writeExports(dbPath: string, dir: string, options: ExportOptions = {}): Promise<string[]> {
  const settings = loadExportSettings(options.settingsFile);
  const issueDate = options.issueDate ?? localDate();
  const heading = { issuer: issuerOn(settings, issueDate), placeDate: placeDateLine(settings.place, issueDate) };
  const files = await withWarehouse(dbPath, async (query) => {
    const periods = (await query("export_periods")).map((r) => String(r.period));
    const period = options.period ?? periods.at(-1);
    if (period === undefined) return [];
    if (!periods.includes(period)) {
      throw new Error(periods.length === 0
        ? "Kho dữ liệu chưa có số liệu của kỳ nào — chưa có gì để xuất"
        : `Kỳ ${period} không có số liệu trong kho dữ liệu (có số liệu từ ${periods[0]} đến ${periods.at(-1)})`);
    }
    const ranking = await readRankingData(query, period);
    const workbook = buildRankingWorkbook(ranking, settings.rank_by, heading);
    return [
      { name: `xep-hang-${period}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer()) },
      ...rankingCsvFiles(ranking, settings.rank_by),
      ...await complianceFiles(await readComplianceData(query, period), heading),
    ];
  });
  for (const file of files) writeFileSync(join(dir, file.name), file.content);
  return files.map((f) => f.name);
}
