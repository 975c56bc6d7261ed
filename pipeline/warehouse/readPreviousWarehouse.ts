import { existsSync } from "node:fs";
import type { KnownHash, PreviousSource } from "../ingest/PreviousSource.ts";
import { readPreviousHashes } from "./readPreviousHashes.ts";
import { readPreviousRun, type PreviousRun } from "./readPreviousRun.ts";
import { readPreviousSources } from "./readPreviousSources.ts";
import { withReadOnlyWarehouse } from "./withReadOnlyWarehouse.ts";

export interface PreviousWarehouse {
  /** What its files parsed to, for a re-run to reuse (none unless `readerFingerprint` is given and matches). */
  sources: Map<string, PreviousSource>;
  /** The SHA-256 of every file it hashed, with the file's stat key then. */
  hashes: Map<string, KnownHash>;
  /** Its figures, for run_changes; null when there is none. */
  run: PreviousRun | null;
}

/**
 * The warehouse a run replaces, opened once, read-only: a missing, unopenable, older or damaged one
 * gives nothing to reuse and no previous figures.
 */
export async function readPreviousWarehouse(dbPath: string, readerFingerprint: string | null): Promise<PreviousWarehouse> {
  const nothing: PreviousWarehouse = { sources: new Map(), hashes: new Map(), run: null };
  if (!existsSync(dbPath)) return nothing;
  try {
    return await withReadOnlyWarehouse(dbPath, async (connection) => ({
      sources: readerFingerprint === null ? new Map() : await readPreviousSources(connection, readerFingerprint),
      hashes: await readPreviousHashes(connection),
      run: await readPreviousRun(connection),
    }));
  } catch {
    return nothing;
  }
}
