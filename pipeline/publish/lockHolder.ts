import { readFileSync } from "node:fs";

/** What a lock file says about its holder. */
export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  token: string;
  /** Start time of the process in clock ticks since boot (Linux /proc), to tell a reused pid from the holder. */
  processStart: string | null;
  command: string;
}

/** The holder named in a lock file, or null when the file is gone or unreadable. */
export function lockHolder(path: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(path, "utf8")) as LockHolder;
    return typeof holder.pid === "number" && typeof holder.token === "string" ? holder : null;
  } catch {
    return null;
  }
}
