import { join } from "node:path";

/** OUT/capdo.publish.json: the artefacts being swapped in, present only while a publish is under way. */
export function publishJournal(outDir: string): string {
  return join(outDir, "capdo.publish.json");
}
