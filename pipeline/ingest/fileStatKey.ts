import type { BigIntStats } from "node:fs";

/**
 * Files whose last change is this recent when they are hashed get no stat key: file systems stamp
 * changes with a coarse clock (a few milliseconds; two seconds on FAT), so a write landing in the
 * same tick right after the hash would leave the stamps as they were ("racy" files, as git calls them).
 */
export const STAT_TRUST_MARGIN_MS = 3000;

/**
 * What the file system says about a file, as one string: device, inode, size, and the nanosecond
 * times of its last content change (mtime) and last change of any kind (ctime, which no user tool can
 * set back). A file with the same key as when it was hashed has the same bytes; null when the file
 * changed too recently (within `marginMs` of `nowMs`) for its stamps to tell.
 */
export function fileStatKey(stat: BigIntStats, nowMs: number, marginMs: number = STAT_TRUST_MARGIN_MS): string | null {
  const lastChangeNs = stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs;
  if (BigInt(Math.floor(nowMs - marginMs)) * 1_000_000n <= lastChangeNs) return null;
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}
