import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { PreviousSource } from "../ingest/PreviousSource.ts";

const PREVIOUS_SOURCES_SQL = fileURLToPath(new URL("./previousSources.sql", import.meta.url));

/**
 * What the previous warehouse read, by file — only when it was read by the same reader (code,
 * reference lists, aliases, limits: `readerFingerprint`). An older or damaged warehouse gives none.
 */
export async function readPreviousSources(connection: DuckDBConnection, readerFingerprint: string): Promise<Map<string, PreviousSource>> {
  const sources = new Map<string, PreviousSource>();
  try {
    const run = (await connection.runAndReadAll("select reader_fingerprint from run_info")).getRows()[0];
    if (run?.[0] !== readerFingerprint) return sources;
    const rows = (await connection.runAndReadAll(readFileSync(PREVIOUS_SOURCES_SQL, "utf8"))).getRowObjectsJS();
    for (const r of rows) {
      // Reused ids are shifted as a block: a file whose submissions were not numbered contiguously is parsed again.
      if (Number(r.id_span) !== Number(r.submissions)) continue;
      sources.set(String(r.file), {
        sha256: String(r.sha256),
        status: r.status === "loaded" ? "loaded" : "rejected",
        reasonCode: r.reason_code === null ? null : String(r.reason_code),
        message: r.message === null ? null : String(r.message),
        rowsRead: Number(r.rows_read ?? 0),
        rowsLoaded: Number(r.rows_loaded ?? 0),
        rowsSetAside: Number(r.rows_set_aside ?? 0),
        firstSubmissionId: Number(r.first_submission_id),
        submissions: Number(r.submissions),
      });
    }
  } catch {
    // An older warehouse (no reader_fingerprint) or a damaged one: everything is parsed again.
    sources.clear();
  }
  return sources;
}
