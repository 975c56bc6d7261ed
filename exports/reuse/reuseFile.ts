import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ExportManifest } from "./ExportManifest.ts";
import { sha256 } from "./sha256.ts";

/**
 * Copies the previous folder's `name` into `dir` when the previous manifest made it from the same key
 * and the file still has the bytes recorded then (not edited by hand since); the copy keeps the time
 * the file was made. Returns the file's sha256, or null when the file has to be built.
 *
 * A copy, not a hard link: with a link, editing either file in place would change the other.
 */
export function reuseFile(name: string, key: string, previous: { dir: string; manifest: ExportManifest }, dir: string): string | null {
  const entry = previous.manifest.files[name];
  if (entry?.key !== key) return null;
  const source = join(previous.dir, name);
  let bytes: Buffer;
  let made: Date;
  try {
    made = statSync(source).mtime;
    bytes = readFileSync(source);
  } catch {
    return null;
  }
  if (sha256(bytes) !== entry.sha256) return null;
  const target = join(dir, name);
  writeFileSync(target, bytes);
  utimesSync(target, made, made);
  return entry.sha256;
}
