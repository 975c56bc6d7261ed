// The exceljs parse floor: the same files read with exceljs (CSV with papaparse), every cell touched, nothing else.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { benchFiles } from "./benchFiles.ts";

const dir = process.argv[2]!;
const started = performance.now();
let cells = 0;
for (const { path, kind } of benchFiles(dir)) {
  const data = readFileSync(path);
  if (kind === "csv") {
    cells += Papa.parse<string[]>(data.toString("utf8")).data.reduce((n, r) => n + r.length, 0);
    continue;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    continue;
  }
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell(() => void cells++));
}
process.stdout.write(JSON.stringify({ ms: performance.now() - started, cells, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
