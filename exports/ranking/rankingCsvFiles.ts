import type { RankBy, RankingData } from "./RankingData.ts";
import { tableToCsv } from "../table/tableToCsv.ts";
import { summaryTable } from "./summaryTable.ts";
import { rankingCsvTable } from "./rankingCsvTable.ts";

/** The ranking workbook's tables as CSV files: xep-hang-YYYY-MM-toan-quoc.csv, -bo-nganh.csv, -dia-phuong.csv. */
export function rankingCsvFiles(data: RankingData, rankBy: RankBy): { name: string; content: Buffer }[] {
  const base = `xep-hang-${data.period}`;
  return [
    { name: `${base}-toan-quoc.csv`, content: tableToCsv(summaryTable(data.summary)) },
    { name: `${base}-bo-nganh.csv`, content: tableToCsv(rankingCsvTable(data.rows.filter((r) => r.agency_group === "bo_nganh"), rankBy)) },
    { name: `${base}-dia-phuong.csv`, content: tableToCsv(rankingCsvTable(data.rows.filter((r) => r.agency_group === "dia_phuong"), rankBy)) },
  ];
}
