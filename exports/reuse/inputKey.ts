import { createHash } from "node:crypto";
import { canonicalForm } from "./canonicalForm.ts";

/** The key of one output file: what made it (code and settings), its name and the data it shows. */
export function inputKey(fingerprint: string, name: string, input: unknown): string {
  return createHash("sha256").update(`${fingerprint}\n${name}\n`).update(canonicalForm(input)).digest("hex");
}
