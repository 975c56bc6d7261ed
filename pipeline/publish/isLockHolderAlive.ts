import { hostname } from "node:os";
import type { LockHolder } from "./lockHolder.ts";
import { processStartTime } from "./processStartTime.ts";

/** Whether the process that wrote a lock may still be running; a lock from another machine is assumed held. */
export function isLockHolderAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid && holder.processStart === processStartTime(process.pid)) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  // The pid is in use: by the holder, or by a newer process that was given the same pid.
  const started = processStartTime(holder.pid);
  return holder.processStart === null || started === null || started === holder.processStart;
}
