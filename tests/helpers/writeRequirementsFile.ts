import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Writes a test's own requirements file (an object as JSON, or raw text) to a fresh temp folder; returns its path. */
export function writeRequirementsFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "capdo-requirements-")), "requirements.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}
