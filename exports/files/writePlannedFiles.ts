import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PlannedFile } from "./PlannedFile.ts";
import type { WrittenFiles } from "./WrittenFiles.ts";
import { MANIFEST_FILE, type ExportManifest } from "../reuse/ExportManifest.ts";
import { readManifest } from "../reuse/readManifest.ts";
import { inputKey } from "../reuse/inputKey.ts";
import { reuseFile } from "../reuse/reuseFile.ts";
import { sha256 } from "../reuse/sha256.ts";

export interface ReuseOptions {
  /** The previously published exports folder (it may not exist yet). */
  from: string;
  /** exportFingerprint of the code and settings making the files. */
  fingerprint: string;
}

/**
 * Writes the planned files into `dir`. With `reuse`, a file whose input key the previous folder's
 * manifest records with unchanged bytes is taken from there instead of built, and `dir` gets its own
 * manifest for the next run.
 */
export async function writePlannedFiles(planned: PlannedFile[], dir: string, reuse?: ReuseOptions): Promise<WrittenFiles> {
  const written: WrittenFiles = { files: [], built: [], reused: [] };
  const manifest: ExportManifest = { files: {} };
  const previousManifest = reuse ? readManifest(reuse.from) : null;
  const previous = reuse && previousManifest ? { dir: reuse.from, manifest: previousManifest } : null;
  for (const file of planned) {
    written.files.push(file.name);
    const key = reuse ? inputKey(reuse.fingerprint, file.name, file.input) : "";
    const reused = previous ? reuseFile(file.name, key, previous, dir) : null;
    if (reused !== null) {
      written.reused.push(file.name);
      manifest.files[file.name] = { key, sha256: reused };
      continue;
    }
    const content = await file.build();
    writeFileSync(join(dir, file.name), content);
    written.built.push(file.name);
    if (reuse) manifest.files[file.name] = { key, sha256: sha256(content) };
  }
  if (reuse) writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  return written;
}
