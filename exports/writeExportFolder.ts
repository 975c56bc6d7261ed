import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeExports, type ExportOptions } from "./writeExports.ts";

/**
 * Writes the exports into OUT/exports: built in OUT/exports.building and swapped in only when every
 * file is written, so OUT/exports always holds one complete set. Returns the paths of the files.
 */
export async function writeExportFolder(dbPath: string, outDir: string, options: ExportOptions = {}): Promise<string[]> {
  if (!existsSync(dbPath)) throw new Error(`Không tìm thấy kho dữ liệu ${dbPath} — hãy chạy "capdo run" trước`);
  const target = join(outDir, "exports");
  const building = join(outDir, "exports.building");
  const old = join(outDir, "exports.old");
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  let names: string[];
  try {
    names = (await writeExports(dbPath, building, options)).files;
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(building, target);
  rmSync(old, { recursive: true, force: true });
  return names.sort().map((name) => join(target, name));
}
