import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * Keeps a submitted file's bytes as ARCHIVE/<sha256>, written aside, synced and renamed into place,
 * so that an archived file is always whole; content already archived is not written again.
 */
export function archiveSource(archiveDir: string, sha256: string, data: Buffer): void {
  const path = join(archiveDir, sha256);
  if (existsSync(path) && statSync(path).size === data.length) return;
  mkdirSync(archiveDir, { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, "w");
  try {
    for (let at = 0; at < data.length;) at += writeSync(fd, data, at, data.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, 0o444);
  renameSync(tmp, path);
}
