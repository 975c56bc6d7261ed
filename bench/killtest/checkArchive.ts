import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { withReadOnlyWarehouse } from "../../pipeline/warehouse/withReadOnlyWarehouse.ts";
import { isArchiveDraft } from "../../pipeline/publish/archiveSource.ts";

/**
 * The archive against the warehouse: every file of OUT/archive hashes to its name, and every SHA-256
 * the warehouse cites (source_files, source_systems, source_submissions) is there. Returns the problems.
 */
export async function checkArchive(outDir: string): Promise<string[]> {
  const problems: string[] = [];
  const archive = join(outDir, "archive");
  const present = new Set<string>();
  if (existsSync(archive)) {
    for (const name of readdirSync(archive)) {
      if (isArchiveDraft(name)) continue; // a write a kill interrupted: never renamed into place, removed by the next run
      const sha = createHash("sha256").update(readFileSync(join(archive, name))).digest("hex");
      if (sha !== name) problems.push(`archive/${name} không khớp nội dung (sha256 ${sha})`);
      present.add(name);
    }
  }
  const cited = await withReadOnlyWarehouse(join(outDir, "capdo.duckdb"), async (connection) => (await connection.runAndReadAll(`
    select sha256, min(file) from (
      select sha256, file from source_files where sha256 is not null
      union all select sha256, file from source_systems
      union all select sha256, file from source_submissions
    ) group by sha256`)).getRows());
  for (const [sha, file] of cited) if (!present.has(String(sha))) problems.push(`${String(file)}: sha256 ${String(sha)} không có trong archive/`);
  return problems;
}
