import { statSync } from "node:fs";
import { chmod, mkdir, open, rename, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { limitConcurrency } from "../util/limitConcurrency.ts";

/** Archive writes under way at once in a thread: each is synced to disk, so a few overlap their waits. */
const ARCHIVE_WRITES_AT_ONCE = 8;

/** archiveSource into `archiveDir`, a few writes at a time (ARCHIVE_WRITES_AT_ONCE), the others queued in order. */
export function archiveWriter(archiveDir: string): (sha256: string, data: Buffer) => Promise<void> {
  return limitConcurrency(ARCHIVE_WRITES_AT_ONCE, (sha256: string, data: Buffer) => archiveSource(archiveDir, sha256, data));
}

let nextTmp = 0;

/** Whether an archive entry is a write still under way or cut short by a kill (never renamed into place). */
export function isArchiveDraft(name: string): boolean {
  // <sha>.tmp-<pid>-<thread>-<n>; earlier versions wrote <sha>.tmp-<pid>-<n> and <sha>.tmp-<pid>
  return /\.tmp-\d+(-\d+){0,2}$/.test(name);
}

/**
 * Keeps a submitted file's bytes as ARCHIVE/<sha256>, written aside, synced and renamed into place,
 * so that an archived file is always whole; content already archived is not written again.
 * Asynchronous, so that archiving overlaps parsing; the run awaits it before publishing anything.
 */
export async function archiveSource(archiveDir: string, sha256: string, data: Buffer): Promise<void> {
  if (isArchived(archiveDir, sha256, data.length)) return;
  const path = join(archiveDir, sha256);
  const tmp = `${path}.tmp-${process.pid}-${threadId}-${nextTmp++}`;
  const file = await openCreatingFolder(archiveDir, tmp);
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
  await chmod(tmp, 0o444);
  await rename(tmp, path);
}

/** Whether ARCHIVE/<sha256> holds content of that size: one system call (a national re-run checks some two thousand). */
export function isArchived(archiveDir: string, sha256: string, bytes: number): boolean {
  return statSync(join(archiveDir, sha256), { throwIfNoEntry: false })?.size === bytes;
}

/** Opens `path` for writing; the archive folder is created on the first write into it, not checked on every one. */
async function openCreatingFolder(archiveDir: string, path: string): Promise<FileHandle> {
  try {
    return await open(path, "w");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await mkdir(archiveDir, { recursive: true });
    return open(path, "w");
  }
}
