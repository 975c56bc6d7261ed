import { spawn } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { NATIONAL_ONLY_LOADERS, NATIONAL_ONLY_PAGES } from "../../dashboards/lib/edition.ts";
import { exportFiles } from "../../dashboards/lib/exportFiles.ts";
import { pageAgencies } from "../../dashboards/lib/pageAgencies.ts";
import { withWarehouse } from "../../dashboards/lib/warehouse.ts";
import { finishSite, type SiteInfo } from "./finishSite.ts";
import { nodeModuleCache } from "./nodeModuleCache.ts";
import { prewarmLoaders } from "./prewarmLoaders.ts";
import { fontFaceCss } from "./fontFaceCss.ts";
import { seedNpmCache } from "./seedNpmCache.ts";

const require = createRequire(import.meta.url);
const REPO = fileURLToPath(new URL("../../", import.meta.url));
const DASHBOARDS_DIR = join(REPO, "dashboards");
const SOURCES_DIR = join(REPO, "sources");
const OFFLINE_FETCH = new URL("./offlineFetch.mjs", import.meta.url).href;

export interface BuildDashboardOptions {
  /** The warehouse (capdo.duckdb) to build from. */
  dbPath: string;
  /** Where the finished site goes (replaced as a whole when the build succeeds). */
  outDir: string;
  /** A per-agency edition: this agency's pages and the national and group totals only. */
  agency?: string;
  /** The export files to link from "Tải về"; default: `exports/` beside the warehouse. */
  exportsDir?: string;
  /** false: leave the finished site at OUTDIR.building for the caller to publish (see pipeline/publish). */
  swapIn?: boolean;
}

/**
 * Builds the Observable Framework site of `dashboards/` from a warehouse, with no network: a
 * fresh copy of the project (so no loader output is reused from another warehouse or edition) is
 * built beside `outDir` and swapped in only when complete; a failed build leaves `outDir` as it was.
 */
export async function buildDashboard(options: BuildDashboardOptions): Promise<void> {
  const dbPath = resolve(options.dbPath);
  const outDir = resolve(options.outDir);
  const agency = options.agency?.trim().toUpperCase() || undefined;
  if (!existsSync(dbPath)) throw new Error(`Không tìm thấy kho dữ liệu ${dbPath} — hãy chạy "capdo run" trước`);
  assertReplaceable(outDir, dbPath);
  const info = await siteInfo(dbPath, agency);

  mkdirSync(dirname(outDir), { recursive: true });
  const work = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-building-`));
  try {
    const project = join(work, "project");
    copyProject(project, agency);
    const exportsSnapshot = join(work, "exports");
    snapshotExports(options.exportsDir ?? join(dirname(dbPath), "exports"), exportsSnapshot, agency);

    const site = join(project, "dist");
    const env = {
      ...process.env,
      CAPDO_DB: dbPath,
      CAPDO_AGENCY: agency ?? "",
      CAPDO_SOURCES_DIR: SOURCES_DIR,
      CAPDO_EXPORTS_DIR: exportsSnapshot,
      CAPDO_DASHBOARD_OUTPUT: site,
      OBSERVABLE_TELEMETRY_DISABLE: "true",
    };
    const bundles = nodeModuleCache();
    bundles.restore(join(project, "src"));
    // Framework first reads every page, then runs the data loaders one by one, a process each: write
    // their output now, all from one process beside it, so it is ready (and cached) by the time it asks.
    const loaders = prewarmLoaders(join(project, "src"), [process.execPath, "--import", import.meta.resolve("tsx")], env);
    const [prewarmed, built] = await Promise.allSettled([loaders, runFramework(project, env)]);
    // A failing loader fails both; its own run has the loader's message.
    if (prewarmed.status === "rejected") throw prewarmed.reason;
    if (built.status === "rejected") throw built.reason;
    bundles.save(join(project, "src"));
    if (!existsSync(join(site, "index.html"))) throw new Error("Dựng trang tổng hợp không thành công: thiếu index.html");
    finishSite(site, info);
    renameSync(exportsSnapshot, join(site, "exports"));
    if (options.swapIn === false) {
      rmSync(`${outDir}.building`, { recursive: true, force: true });
      renameSync(site, `${outDir}.building`);
    } else {
      swapInto(site, outDir, join(work, "previous"));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The site replaces `outDir` as a whole: never a folder that holds anything but an earlier site. */
function assertReplaceable(outDir: string, dbPath: string): void {
  if (dbPath === outDir || dbPath.startsWith(outDir + sep)) throw new Error(`Thư mục trang tổng hợp ${outDir} chứa kho dữ liệu — hãy chọn thư mục khác`);
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, "_observablehq"))) {
    throw new Error(`Thư mục ${outDir} đã có nội dung khác, không phải trang tổng hợp — không ghi đè`);
  }
}

/** What every page's header and footer say; an unknown edition agency fails here, before any build. */
async function siteInfo(dbPath: string, agency: string | undefined): Promise<SiteInfo> {
  return withWarehouse(async (query) => {
    const [run] = await query("run_info");
    const [own] = agency ? await query("agencies", { agency }) : [];
    if (agency && !own) throw new Error(`Không có cơ quan mã "${agency}" trong danh mục của kho dữ liệu`);
    if (agency && (await pageAgencies(query, agency)).length === 0) {
      throw new Error(`Cơ quan ${agency} chưa có báo cáo và chưa đến kỳ phải báo cáo trong kho dữ liệu này — không có gì để dựng`);
    }
    return { dataAsOf: String(run?.run_started_at ?? ""), version: String(run?.capdo_version ?? ""), editionName: own ? String(own.agency_name) : null };
  }, dbPath);
}

/** dashboards/ without build output or caches, with node_modules linked, the fonts written and the npm cache seeded. */
function copyProject(project: string, agency: string | undefined): void {
  cpSync(DASHBOARDS_DIR, project, {
    recursive: true,
    filter: (source) => !relative(DASHBOARDS_DIR, source).split(sep).some((part) => part === "dist" || part === ".observablehq" || part === "node_modules"),
  });
  symlinkSync(join(REPO, "node_modules"), join(project, "node_modules"), "junction");
  // A per-agency edition must not even build the pages and data that list every agency.
  if (agency) for (const file of [...NATIONAL_ONLY_PAGES, ...NATIONAL_ONLY_LOADERS]) rmSync(join(project, "src", file), { force: true });
  writeFileSync(join(project, "src", "fonts.css"), fontFaceCss());
  seedNpmCache(join(project, "src"));
}

function snapshotExports(exportsDir: string, snapshot: string, agency: string | undefined): void {
  mkdirSync(snapshot, { recursive: true });
  for (const file of exportFiles(exportsDir, agency ?? null)) {
    try {
      copyFileSync(join(exportsDir, file.name), join(snapshot, file.name));
    } catch {
      // Removed while we copied (exports are written concurrently): it is simply not linked.
    }
  }
}

/** `observable build` in the project, with fetch disabled; its log is shown only when it fails. */
async function runFramework(project: string, env: NodeJS.ProcessEnv): Promise<void> {
  const bin = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "bin", "observable.js");
  const child = spawn(process.execPath, ["--import", OFFLINE_FETCH, bin, "build"], {
    cwd: project,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    if (process.env.CAPDO_DEBUG) process.stderr.write(chunk);
    log.push(chunk.toString("utf8"));
    if (log.length > 400) log.splice(0, log.length - 400);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  });
  if (code !== 0) {
    const tail = log.join("").replace(/\x1b\[[0-9;]*m/g, "").split("\n").slice(-40).join("\n");
    throw new Error(`Dựng trang tổng hợp không thành công (Observable Framework, mã ${code}):\n${tail}`);
  }
}

/** Replaces `outDir` with the finished site; the old one is put back if the second rename fails. */
function swapInto(site: string, outDir: string, previous: string): void {
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(site, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
}
