import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RenderResult, SynthOptions } from "./types.ts";
import type { GeneratedFile } from "./computeTruth.ts";
import { AgencyRegistry } from "./AgencyRegistry.ts";
import { Rng } from "./Rng.ts";
import { computeTruth } from "./computeTruth.ts";
import { planRun } from "./planRun.ts";
import { prepareOutputDirs } from "./prepareOutputDirs.ts";
import { renderFile } from "./renderFile.ts";
import { writeTruth } from "./writeTruth.ts";

const DEFAULT_REFERENCE = fileURLToPath(new URL("../../sources/reference/", import.meta.url));

export interface SynthSummary {
  sourcesDir: string;
  expectedDir: string;
  /** Files written into the sources folder, the marker not included. */
  files: number;
  bytes: number;
  agencies: number;
  successors: number;
  periods: number;
  agencyPeriods: number;
  rejectedFiles: number;
  rejectedRows: number;
  ms: number;
}

/**
 * Generates a run of synthetic submissions into `opts.out` and its answer key
 * into `opts.out` + "-expected". Same options, same bytes.
 */
export async function generate(opts: SynthOptions): Promise<SynthSummary> {
  const t0 = performance.now();
  const registry = new AgencyRegistry(opts.referenceDir ?? DEFAULT_REFERENCE);
  const run = planRun(opts, registry);
  const { sourcesDir, expectedDir, marker, markerText } = prepareOutputDirs(opts.out);
  const root = new Rng(opts.seed);

  const results = new Map<string, RenderResult>();
  for (const plan of run.plans) {
    if (plan.copyOf) continue;
    results.set(plan.id, await renderFile(plan, root));
  }
  const files: GeneratedFile[] = [];
  for (const plan of run.plans) {
    const result = results.get(plan.copyOf ? plan.copyOf.id : plan.id);
    if (!result) throw new Error(`${plan.id}: not rendered`);
    const target = join(sourcesDir, plan.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, result.bytes);
    files.push({ path: plan.path, bytes: result.bytes, plan, placements: result.placements });
  }
  files.push({ path: marker, bytes: Buffer.from(markerText), plan: null, placements: [] });

  const truth = computeTruth(files, registry);
  writeTruth(expectedDir, truth);
  return {
    sourcesDir,
    expectedDir,
    files: files.length - 1,
    bytes: files.reduce((s, f) => s + f.bytes.length, 0),
    agencies: run.picked.length,
    successors: run.successors.size,
    periods: run.periods.length,
    agencyPeriods: truth.agencyPeriod.length,
    rejectedFiles: truth.rejectedFiles.length,
    rejectedRows: truth.rejectedRows.length,
    ms: performance.now() - t0,
  };
}
