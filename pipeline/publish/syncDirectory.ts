import { closeSync, fsyncSync, openSync } from "node:fs";

/** Makes renames in a directory durable (fsync of the directory); a no-op where directories cannot be opened (Windows). */
export function syncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Not supported on this platform or filesystem: renames are still atomic, only their durability is the OS's.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
