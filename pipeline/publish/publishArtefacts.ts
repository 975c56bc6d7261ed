import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { BuiltArtefact } from "./BuiltArtefact.ts";
import type { OutputLock } from "./OutputLock.ts";
import { publishJournal } from "./publishJournal.ts";
import { swapIn } from "./swapIn.ts";
import { syncDirectory } from "./syncDirectory.ts";

/**
 * The last step of a run: swaps every built artefact in (the warehouse, the exports, the site).
 * The list is first written to a journal, so that a run killed halfway through is completed by
 * the next one (recoverPublish) instead of leaving some artefacts new and some old.
 * Only the lock's holder publishes.
 */
export function publishArtefacts(outDir: string, artefacts: BuiltArtefact[], lock: OutputLock): void {
  lock.assertHeld();
  const journal = publishJournal(outDir);
  const tmp = `${journal}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, `${JSON.stringify({ artefacts }, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, journal);
  syncDirectory(outDir);
  pauseForKillTest();
  for (const artefact of artefacts) {
    swapIn(artefact);
    syncDirectory(dirname(artefact.final));
    pauseForKillTest();
  }
  rmSync(journal, { force: true });
  syncDirectory(outDir);
}

/** Fault injection for `npm run killtest` only: CAPDO_PUBLISH_PAUSE_MS widens each step so that a kill can land inside it. */
function pauseForKillTest(): void {
  const ms = Number(process.env.CAPDO_PUBLISH_PAUSE_MS ?? 0);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
