import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const EXPORTS_DIR = fileURLToPath(new URL("..", import.meta.url));
const EXCELJS_VERSION = String((createRequire(import.meta.url)("exceljs/package.json") as { version: unknown }).version);

/**
 * A digest of what shapes every export besides its data: the export code and queries (every .ts and
 * .sql file under exports/), the export settings file and the exceljs version.
 */
export function exportFingerprint(settingsFile: string): string {
  const hash = createHash("sha256");
  const code = readdirSync(EXPORTS_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|sql)$/.test(file))
    .map((file) => file.split("\\").join("/"))
    .sort();
  for (const file of code) hash.update(`${file}\u0000`).update(readFileSync(join(EXPORTS_DIR, file))).update("\u0000");
  hash.update("settings\u0000").update(readFileSync(settingsFile)).update("\u0000");
  hash.update(`exceljs ${EXCELJS_VERSION}`);
  return hash.digest("hex");
}
