import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWarehouse } from "../../pipeline/warehouse/writeWarehouse.ts";
import { loadRegistry } from "../../pipeline/registry/index.ts";
import { settingsSchema, type Settings } from "../../pipeline/config/loadSettings.ts";
import { givenIngest, type GivenReport } from "./givenWarehouse.ts";

/**
 * Writes the warehouse of hand-made reports (every model and contract runs) to OUT/capdo.duckdb in a
 * fresh temp folder, as `capdo run` would; returns the file's path.
 */
export async function givenWarehouseFile(
  reports: GivenReport[],
  options: { today?: string; settings?: Partial<Settings> } = {},
): Promise<string> {
  const dbPath = join(mkdtempSync(join(tmpdir(), "capdo-given-")), "capdo.duckdb");
  await writeWarehouse(dbPath, {
    ingest: givenIngest(reports),
    registry: loadRegistry(),
    settings: settingsSchema.parse(options.settings ?? {}),
    previous: null,
    run: { startedAt: new Date("2026-11-22T00:00:00Z"), runDate: options.today ?? "2026-11-22", sourcesDir: "given", version: "test" },
  });
  return dbPath;
}
