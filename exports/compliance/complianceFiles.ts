import type { ComplianceData } from "./ComplianceData.ts";
import type { Heading } from "../xlsx/SheetDocument.ts";
import { buildComplianceWorkbook } from "./buildComplianceWorkbook.ts";
import { tableToCsv } from "../table/tableToCsv.ts";
import { gapsCsvTable } from "./gapsCsvTable.ts";

/** One tuan-thu-YYYY-MM-<agency>.xlsx per agency with a counted BM-01, and tuan-thu-YYYY-MM.csv of every agency's gaps. */
export async function complianceFiles(data: ComplianceData, heading: Heading): Promise<{ name: string; content: Buffer }[]> {
  const files: { name: string; content: Buffer }[] = [];
  for (const report of data.reports) {
    const workbook = buildComplianceWorkbook({
      period: data.period,
      runDate: data.runDate,
      report,
      systems: data.systems.filter((y) => y.agency_code === report.agency_code),
      gaps: data.gaps.filter((g) => g.agency_code === report.agency_code),
    }, heading);
    files.push({ name: `tuan-thu-${data.period}-${report.agency_code}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer()) });
  }
  files.push({ name: `tuan-thu-${data.period}.csv`, content: tableToCsv(gapsCsvTable(data.gaps)) });
  return files;
}
