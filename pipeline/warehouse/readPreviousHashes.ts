import type { DuckDBConnection } from "@duckdb/node-api";
import type { KnownHash } from "../ingest/PreviousSource.ts";

/** The SHA-256 each file had in the previous run, with its stat key then; none from a warehouse older than source_file_stats. */
export async function readPreviousHashes(connection: DuckDBConnection): Promise<Map<string, KnownHash>> {
  const hashes = new Map<string, KnownHash>();
  try {
    const rows = (await connection.runAndReadAll("select file, sha256, stat_key from source_file_stats")).getRows();
    for (const [file, sha256, statKey] of rows) hashes.set(String(file), { sha256: String(sha256), statKey: String(statKey) });
  } catch {
    hashes.clear(); // an older warehouse: every file is read and hashed
  }
  return hashes;
}
