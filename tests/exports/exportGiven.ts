import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { givenWarehouseFile } from "../helpers/givenWarehouseFile.ts";
import { writeExportFolder } from "../../exports/writeExportFolder.ts";
import type { ExportOptions } from "../../exports/writeExports.ts";
import { GIVEN_EXPORT_REPORTS } from "./givenExportReports.ts";

/** The exports of the given warehouse for 2024-09, issued on 22/11/2026, in a fresh temp OUT folder. */
export async function exportGiven(options: ExportOptions = {}): Promise<{ dbPath: string; outDir: string; files: string[] }> {
  const dbPath = await givenWarehouseFile(GIVEN_EXPORT_REPORTS);
  const outDir = mkdtempSync(join(tmpdir(), "capdo-exports-"));
  const files = await writeExportFolder(dbPath, outDir, { period: "2024-09", issueDate: "2026-11-22", ...options });
  return { dbPath, outDir, files };
}
