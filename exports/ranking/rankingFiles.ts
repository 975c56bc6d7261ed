import type { RankBy, RankingData } from "./RankingData.ts";
import type { Heading } from "../xlsx/SheetDocument.ts";
import type { PlannedFile } from "../files/PlannedFile.ts";
import { workbookFile } from "../files/workbookFile.ts";
import { csvFile } from "../files/csvFile.ts";
import { rankingWorkbook } from "./rankingWorkbook.ts";
import { summaryTable } from "./summaryTable.ts";
import { rankingCsvTable } from "./rankingCsvTable.ts";

/**
 * xep-hang-YYYY-MM.xlsx and its tables as CSV files: xep-hang-YYYY-MM-toan-quoc.csv, -bo-nganh.csv
 * and -dia-phuong.csv.
 */
export function rankingFiles(data: RankingData, rankBy: RankBy, heading: Heading): PlannedFile[] {
  const base = `xep-hang-${data.period}`;
  return [
    workbookFile(`${base}.xlsx`, rankingWorkbook(data, rankBy), heading),
    csvFile(`${base}-toan-quoc.csv`, summaryTable(data.summary)),
    csvFile(`${base}-bo-nganh.csv`, rankingCsvTable(data.rows.filter((r) => r.agency_group === "bo_nganh"), rankBy)),
    csvFile(`${base}-dia-phuong.csv`, rankingCsvTable(data.rows.filter((r) => r.agency_group === "dia_phuong"), rankBy)),
  ];
}
