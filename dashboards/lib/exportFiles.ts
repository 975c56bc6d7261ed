import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface ExportFile {
  name: string;
  bytes: number;
  modified: string;
}

/**
 * The export files (OUT/exports, written by `capdo export`/`capdo run`) a site links to. A
 * per-agency edition gets only the files made for that agency, whose names end in `-CODE`.
 */
export function exportFiles(dir: string, agency: string | null): ExportFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const own = agency ? new RegExp(`-${agency.replace(/[^A-Za-z0-9]/g, "")}\\.[a-z]+$`, "i") : null;
  return names
    .filter((name) => !name.startsWith(".") && !name.startsWith("~$") && /\.(xlsx|csv|pdf|zip)$/i.test(name))
    .filter((name) => !own || own.test(name))
    .map((name) => ({ name, stat: statSync(join(dir, name)) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ name, stat }) => ({ name, bytes: stat.size, modified: stat.mtime.toISOString() }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
