import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import type { BuiltArtefact } from "./BuiltArtefact.ts";

/**
 * Puts one built artefact in place of the published one; safe to repeat after a crash at any step.
 * A file is renamed over the old one (atomic). A directory cannot be renamed over a non-empty one,
 * so the old moves to FINAL.previous first; a crash between the two renames is completed by
 * recoverPublish from the journal, and FINAL.previous is put back if nothing was built.
 */
export function swapIn(artefact: BuiltArtefact): void {
  const { built, final } = artefact;
  const previous = `${final}.previous`;
  if (!existsSync(built)) {
    if (!existsSync(final) && existsSync(previous)) renameSync(previous, final);
    rmSync(previous, { recursive: true, force: true });
    return;
  }
  if (!statSync(built).isDirectory()) {
    renameSync(built, final);
    return;
  }
  if (existsSync(final)) {
    rmSync(previous, { recursive: true, force: true });
    renameSync(final, previous);
  }
  renameSync(built, final);
  rmSync(previous, { recursive: true, force: true });
}
