import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { BuiltArtefact } from "./BuiltArtefact.ts";
import { publishJournal } from "./publishJournal.ts";
import { swapIn } from "./swapIn.ts";
import { isArchiveDraft } from "./archiveSource.ts";

/**
 * Run by the lock's holder before anything else: finishes a publish that a crash interrupted
 * (every artefact of the journal swapped in, as the killed run would have done) and removes
 * what killed runs left half-written (archive files being written, lock drafts of dead processes).
 * Returns the number of artefacts it completed.
 */
export function recoverPublish(outDir: string): number {
  let completed = 0;
  const journal = publishJournal(outDir);
  if (existsSync(journal)) {
    let artefacts: BuiltArtefact[] = [];
    try {
      artefacts = (JSON.parse(readFileSync(journal, "utf8")) as { artefacts: BuiltArtefact[] }).artefacts;
    } catch {
      // A journal is renamed into place whole; an unreadable one was never acted on.
    }
    for (const artefact of artefacts) {
      if (existsSync(artefact.built)) completed++;
      swapIn(artefact);
    }
    rmSync(journal, { force: true });
  }
  rmSync(`${journal}.tmp`, { force: true });
  const archive = join(outDir, "archive");
  if (existsSync(archive)) {
    for (const name of readdirSync(archive)) if (isArchiveDraft(name)) rmSync(join(archive, name), { force: true });
  }
  for (const name of readdirSync(outDir)) {
    const pid = /^capdo\.lock\.(?:stale-)?(\d+)[.-]/.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(outDir, name), { force: true });
  }
  return completed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}
