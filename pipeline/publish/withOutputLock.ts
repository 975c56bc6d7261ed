import type { OutputLock } from "./OutputLock.ts";
import { acquireOutputLock } from "./acquireOutputLock.ts";
import { recoverPublish } from "./recoverPublish.ts";

/**
 * Runs `work` as the one writer of `outDir`: takes the lock (or throws, naming the running holder),
 * completes whatever a killed run left half-published, and releases the lock however `work` ends.
 */
export async function withOutputLock<T>(outDir: string, command: string, work: (lock: OutputLock) => Promise<T>): Promise<T> {
  const lock = acquireOutputLock(outDir, command);
  try {
    recoverPublish(outDir);
    return await work(lock);
  } finally {
    lock.release();
  }
}
