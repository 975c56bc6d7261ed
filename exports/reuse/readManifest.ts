import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MANIFEST_FILE, exportManifestSchema, type ExportManifest } from "./ExportManifest.ts";

/** The manifest of an exports folder; none when the folder or its manifest is missing or unreadable (nothing is reused). */
export function readManifest(dir: string): ExportManifest | null {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_FILE), "utf8");
  } catch {
    return null;
  }
  try {
    const parsed = exportManifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
