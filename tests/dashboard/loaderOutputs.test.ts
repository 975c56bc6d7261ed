import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { prewarmLoaders } from "../../pipeline/dashboard/prewarmLoaders.ts";
import { LOADER_OUTPUTS } from "../../dashboards/lib/loaderOutputs.ts";

const DASHBOARDS = fileURLToPath(new URL("../../dashboards", import.meta.url));
const SRC = join(DASHBOARDS, "src");
const TSX = [process.execPath, "--import", import.meta.resolve("tsx")];

/** A copy of the dashboard project as buildDashboard makes one: no build output or caches, node_modules linked. */
function projectCopy(): string {
  const project = join(mkdtempSync(join(tmpdir(), "capdo-loaders-")), "project");
  cpSync(DASHBOARDS, project, { recursive: true, filter: (source) => !/[\\/](dist|\.observablehq|node_modules)$/.test(source) });
  symlinkSync(join(DASHBOARDS, "..", "node_modules"), join(project, "node_modules"), "junction");
  return project;
}

describe("the dashboard's data loaders", () => {
  it("every loader file under src/data has its output in loaderOutputs.ts, and no output lacks its file", () => {
    const files = readdirSync(join(SRC, "data")).filter((name) => name.endsWith(".ts")).map((name) => name.slice(0, -".ts".length));
    expect(Object.keys(LOADER_OUTPUTS).sort()).toEqual(files.sort());
  });

  it("a loader that fails fails the build with its name and what went wrong, in Vietnamese", async () => {
    const project = projectCopy();
    const env = { ...process.env, CAPDO_DB: join(project, "khong-co.duckdb") };
    await expect(prewarmLoaders(join(project, "src"), TSX, env)).rejects.toThrow(/Dữ liệu của trang tổng hợp không tạo được \(mã 1\):\nBộ nạp dữ liệu [\w.-]+ lỗi: .*khong-co\.duckdb/);
  }, 60_000);

  it("writes each output whole under its name, where Framework looks for it", async () => {
    const project = projectCopy();
    // Only the two loaders that read no warehouse: the province boundaries.
    for (const name of readdirSync(join(project, "src", "data"))) if (!name.startsWith("provinces-")) rmSync(join(project, "src", "data", name));
    await prewarmLoaders(join(project, "src"), TSX, { ...process.env, CAPDO_SOURCES_DIR: join(DASHBOARDS, "..", "sources") });
    const cache = join(project, "src", ".observablehq", "cache", "data");
    expect(readdirSync(cache).sort()).toEqual(["provinces-2024.json", "provinces-2025.json"]);
    for (const year of [2024, 2025]) {
      const shapes = JSON.parse(readFileSync(join(cache, `provinces-${year}.json`), "utf8")) as unknown;
      expect(JSON.stringify(shapes).length).toBeGreaterThan(10_000);
    }
  }, 60_000);
});
