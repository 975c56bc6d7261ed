import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FileOutcome } from "./records.ts";

export interface ParseCache {
  get(file: string, sha256: string): FileOutcome | null;
  set(file: string, sha256: string, outcome: FileOutcome): void;
}

/**
 * Parsed outcomes kept by content: a file whose path and bytes are unchanged is not parsed again.
 * `fingerprint` names what else the outcome depends on (reader code, registry, aliases); caches
 * made under another fingerprint are removed.
 */
export function openParseCache(dir: string, fingerprint: string): ParseCache {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) if (entry !== fingerprint) rmSync(join(dir, entry), { recursive: true, force: true });
  const root = join(dir, fingerprint);
  mkdirSync(root, { recursive: true });
  const pathOf = (file: string, sha256: string) => join(root, `${createHash("sha256").update(`${file}\0${sha256}`).digest("hex")}.json`);
  return {
    get(file, sha256) {
      const path = pathOf(file, sha256);
      if (!existsSync(path)) return null;
      try {
        return JSON.parse(readFileSync(path, "utf8")) as FileOutcome;
      } catch {
        return null;
      }
    },
    set(file, sha256, outcome) {
      const path = pathOf(file, sha256);
      writeFileSync(`${path}.tmp`, JSON.stringify(outcome));
      renameSync(`${path}.tmp`, path);
    },
  };
}
