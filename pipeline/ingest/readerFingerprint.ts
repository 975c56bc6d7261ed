import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PIPELINE = fileURLToPath(new URL("..", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const READER_FOLDERS = ["read", "forms", "normalize", "ingest", "registry", "text", "config", "util"];

/** A hash of everything a parsed outcome depends on: the reader code, the reference lists, the aliases, `extra` (settings). */
export function readerFingerprint(options: { aliasesFile?: string | undefined; extra?: string } = {}): string {
  const hash = createHash("sha256").update(options.extra ?? "").update("\0");
  const add = (path: string) => hash.update(path).update("\0").update(readFileSync(path)).update("\0");
  for (const folder of READER_FOLDERS) {
    const dir = join(PIPELINE, folder);
    for (const entry of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (/\.(ts|mjs)$/.test(entry)) add(join(dir, entry));
    }
  }
  for (const entry of readdirSync(join(ROOT, "sources", "reference")).sort()) add(join(ROOT, "sources", "reference", entry));
  add(options.aliasesFile ?? join(ROOT, "sources", "agency-aliases.json"));
  add(join(ROOT, "package-lock.json"));
  return hash.digest("hex").slice(0, 24);
}
