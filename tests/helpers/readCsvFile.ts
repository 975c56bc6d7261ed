import { readFileSync } from "node:fs";
import Papa from "papaparse";

/** An answer-key CSV as objects (header row, empty field = ""). */
export function readCsvFile(path: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true });
  return parsed.data;
}
