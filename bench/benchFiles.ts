import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The benchmark's input files: workbooks and CSV/TXT, as the pipeline would see them (lock files aside). */
export function benchFiles(dir: string): { path: string; kind: "xlsx" | "csv" }[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => !f.split("/").some((p) => p.startsWith(".") || p.startsWith("~$")))
    .filter((f) => /\.(xlsx|xls|csv|txt)$/i.test(f))
    .sort()
    .map((f) => ({ path: join(dir, f), kind: /\.(csv|txt)$/i.test(f) ? ("csv" as const) : ("xlsx" as const) }));
}
