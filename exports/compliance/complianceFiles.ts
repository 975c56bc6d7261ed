import type { ComplianceData } from "./ComplianceData.ts";
import type { Heading } from "../xlsx/SheetDocument.ts";
import type { PlannedFile } from "../files/PlannedFile.ts";
import { workbookFile } from "../files/workbookFile.ts";
import { csvFile } from "../files/csvFile.ts";
import { complianceWorkbook } from "./complianceWorkbook.ts";
import { gapsCsvTable } from "./gapsCsvTable.ts";

/** One tuan-thu-YYYY-MM-<agency>.xlsx per agency with a counted BM-01, and tuan-thu-YYYY-MM.csv of every agency's gaps. */
export function complianceFiles(data: ComplianceData, heading: Heading): PlannedFile[] {
  const systems = byAgency(data.systems);
  const gaps = byAgency(data.gaps);
  return [
    ...data.reports.map((report) => workbookFile(`tuan-thu-${data.period}-${report.agency_code}.xlsx`, complianceWorkbook({
      period: data.period,
      runDate: data.runDate,
      report,
      systems: systems.get(report.agency_code) ?? [],
      gaps: gaps.get(report.agency_code) ?? [],
    }), heading)),
    csvFile(`tuan-thu-${data.period}.csv`, gapsCsvTable(data.gaps)),
  ];
}

function byAgency<T extends { agency_code: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.agency_code);
    if (group) group.push(row);
    else groups.set(row.agency_code, [row]);
  }
  return groups;
}
