import { writeExportFolder } from "./writeExportFolder.ts";

/**
 * For `capdo run`: the latest month's ranking workbook and CSV files and the per-agency compliance
 * workbooks into OUT/exports, built aside and swapped in when complete. Returns the paths written.
 */
export async function writeRunExports(dbPath: string, outDir: string): Promise<string[]> {
  return writeExportFolder(dbPath, outDir);
}
