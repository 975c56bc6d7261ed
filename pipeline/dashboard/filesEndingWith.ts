import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Every file under `dir` (recursively) whose name ends with `suffix`, as paths. */
export function filesEndingWith(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesEndingWith(join(dir, e.name), suffix) : e.name.endsWith(suffix) ? [join(dir, e.name)] : [],
  );
}
