import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { ReusedFile } from "../ingest/PreviousSource.ts";
import { appendRows } from "./appendRows.ts";

const COPY_REUSED_ROWS_SQL = fileURLToPath(new URL("./copyReusedRows.sql", import.meta.url));

/** Copies the source rows of files unchanged since the previous run from its warehouse at `previousDbPath`. */
export async function copyReusedRows(connection: DuckDBConnection, previousDbPath: string, reused: ReusedFile[]): Promise<void> {
  if (reused.length === 0) return;
  await connection.run("create temp table reuse_map (file varchar primary key, previous_first_id integer, first_id integer)");
  await appendRows(connection, "reuse_map", ["varchar", "integer", "integer"],
    reused.map((r) => [r.file, r.previousFirstSubmissionId, r.firstSubmissionId]));
  // ATTACH takes no bound parameters: the path is quoted as an SQL string literal.
  await connection.run(`attach '${previousDbPath.replaceAll("'", "''")}' as previous (read_only)`);
  try {
    await connection.run(readFileSync(COPY_REUSED_ROWS_SQL, "utf8"));
  } finally {
    await connection.run("detach previous");
    await connection.run("drop table reuse_map");
  }
}
