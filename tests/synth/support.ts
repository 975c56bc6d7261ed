import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import Papa from "papaparse";
import { generate, type SynthSummary } from "../../pipeline/synth/generate.ts";
import type { SynthOptions } from "../../pipeline/synth/types.ts";

export const DEFAULTS = { seed: 20240701, agencies: 24, months: 3, start: "2024-07" };

const temps: string[] = [];

/** A fresh temporary folder, removed by `cleanupTemp`. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "capdo-synth-"));
  temps.push(dir);
  return dir;
}

export function cleanupTemp(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Generates into a fresh temporary folder; returns the summary. */
export async function synthInTemp(opts: Partial<SynthOptions> = {}): Promise<SynthSummary> {
  return generate({ ...DEFAULTS, ...opts, out: join(tempDir(), "sources") });
}

/** Every file under `dir`, as paths relative to it with "/" separators. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  visit(dir);
  return out.sort();
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export function readCsv(path: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true, delimiter: "," });
  if (parsed.errors.length > 0) throw new Error(`${path}: ${parsed.errors[0]?.message}`);
  return parsed.data;
}

export function csvHeader(path: string): string {
  return readFileSync(path, "utf8").split("\n")[0] ?? "";
}
