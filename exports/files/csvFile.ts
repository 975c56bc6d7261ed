import type { Table } from "../table/Table.ts";
import type { PlannedFile } from "./PlannedFile.ts";
import { tableToCsv } from "../table/tableToCsv.ts";

/** A CSV file of `table`. */
export function csvFile(name: string, table: Table): PlannedFile {
  return { name, input: table, build: async () => tableToCsv(table) };
}
