import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDashboard } from "../../pipeline/dashboard/buildDashboard.ts";
import { serveSite, type SiteServer } from "../../pipeline/dashboard/serveSite.ts";
import { dashboardComponents, type DashboardComponents } from "../helpers/dashboardComponents.ts";
import { findAgencyLeaks } from "../helpers/findAgencyLeaks.ts";
import { hasChromium, launchChromium, CHROMIUM } from "../helpers/chromium.ts";
import { queryWarehouse } from "../helpers/queryWarehouse.ts";
import { runPipeline } from "../helpers/runPipeline.ts";

const SAMPLES = fileURLToPath(new URL("../../../shared/samples/submissions", import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL("../../.tmp/screenshots/", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/capdo.js", import.meta.url));
const PAGES = ["/", "/xep-hang-bo-nganh", "/xep-hang-dia-phuong", "/co-quan/", "/co-quan/T01", "/co-quan/BCA", "/tuan-thu", "/tinh-hinh-bao-cao", "/chat-luong-du-lieu", "/tai-ve"];
const EDITIONS = ["T01", "BCA"];
const collator = new Intl.Collator("vi");
// The pages open on the rank of the official annex (sources/export-settings.json).
const RANK_BY = (JSON.parse(readFileSync(fileURLToPath(new URL("../../sources/export-settings.json", import.meta.url)), "utf8")) as { rank_by?: string }).rank_by ?? "composite";
const RANK_LABELS: Record<string, string> = { composite: "Điểm tổng hợp", approval: "Phê duyệt HSĐXCĐ", implementation: "Triển khai đầy đủ" };

if (!hasChromium) {
  console.warn(`Bỏ qua các phép thử trên trình duyệt: không có ${CHROMIUM} (.ci/run cài gói Debian "chromium").`);
}

describe.skipIf(!existsSync(SAMPLES))("the dashboard built from the shared samples", () => {
  let db: string;
  let site: string;
  let fmtRate: DashboardComponents["fmtRate"];
  let fmtInt: DashboardComponents["fmtInt"];
  const editions = new Map<string, string>();

  beforeAll(async () => {
    ({ fmtRate, fmtInt } = await dashboardComponents());
    db = await runPipeline(SAMPLES);
    const out = dirname(db);
    // Export files as `capdo export` names them: the national site links all, an edition only its own.
    mkdirSync(join(out, "exports"), { recursive: true });
    for (const name of ["xep-hang-2024-09.xlsx", "xep-hang-2024-09-bo-nganh.csv", "tuan-thu-2024-09-T01.xlsx", "tuan-thu-2024-09-BCA.xlsx", "tuan-thu-2024-09-BYT.xlsx"]) {
      if (!existsSync(join(out, "exports", name))) writeFileSync(join(out, "exports", name), `test ${name}`);
    }
    site = join(out, "site");
    await buildDashboard({ dbPath: db, outDir: site });
    for (const agency of EDITIONS) editions.set(agency, join(out, `site-${agency}`));
    // One edition through the command line (`capdo dashboard --out OUT --agency CODE` → OUT/site-CODE).
    const cli = spawnSync(process.execPath, [BIN, "dashboard", "--out", out, "--agency", "T01"], { encoding: "utf8", timeout: 300_000 });
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(join(out, "site-T01"));
    await buildDashboard({ dbPath: db, outDir: editions.get("BCA")!, agency: "BCA" });
  }, 600_000);

  afterAll(() => {
    if (db) rmSync(dirname(db), { recursive: true, force: true });
  });

  it("builds every page, with the data files and the export files", () => {
    for (const page of ["index", "xep-hang-bo-nganh", "xep-hang-dia-phuong", "co-quan/index", "co-quan/T01", "tuan-thu", "tinh-hinh-bao-cao", "chat-luong-du-lieu", "tai-ve"]) {
      expect(existsSync(join(site, `${page}.html`)), page).toBe(true);
    }
    expect(readdirSync(join(site, "exports")).sort()).toEqual(expect.arrayContaining(["tuan-thu-2024-09-BYT.xlsx", "tuan-thu-2024-09-T01.xlsx", "xep-hang-2024-09.xlsx"]));
    expect(readdirSync(join(site, "_file", "data", "agencies")).length).toBeGreaterThanOrEqual(25);
  });

  it("refers to nothing outside itself: no CDN, no Google Fonts, no search index, Vietnamese pages", () => {
    for (const file of allFiles(site).filter((f) => /\.(html|css)$/.test(f))) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/fonts\.googleapis|fonts\.gstatic|cdn\.jsdelivr|unpkg\.com|observablehq\.com/);
      expect(text, file).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
    }
    const index = readFileSync(join(site, "index.html"), "utf8");
    expect(index).toContain('<html lang="vi">');
    expect(index).toMatch(/<link rel="stylesheet" type="text\/css" href="\.\/_import\/fonts\.[0-9a-f]+\.css"/);
    expect(existsSync(join(site, "_observablehq", "minisearch.json"))).toBe(false);
    expect(existsSync(join(site, "_npm"))).toBe(false);
  });

  it("embeds Be Vietnam Pro with its Vietnamese subset", () => {
    const css = allFiles(site).find((f) => /_import\/fonts\.[0-9a-f]+\.css$/.test(f));
    expect(css).toBeDefined();
    const text = readFileSync(css!, "utf8");
    // (asserted as booleans: the stylesheet is 100 KB of base64 that a failure would print)
    expect(/font-family:"?Be Vietnam Pro/.test(text)).toBe(true);
    expect(text.includes("U+1EA0-1EF9")).toBe(true); // ạ … ỹ: every tone mark on every vowel
    expect(text.includes("data:font/woff2;base64,")).toBe(true);
  });

  it.each(EDITIONS)("the %s edition names no other agency in any file, and has only its own pages", async (agency) => {
    const dir = editions.get(agency)!;
    expect(await findAgencyLeaks(dir, db, agency)).toEqual([]);
    const pages = allFiles(dir).filter((f) => f.endsWith(".html")).map((f) => f.slice(dir.length + 1)).sort();
    expect(pages).toEqual(["co-quan/" + agency + ".html", "index.html", "tai-ve.html"].sort());
    expect(readdirSync(join(dir, "exports"))).toEqual([`tuan-thu-2024-09-${agency}.xlsx`]);
  });

  it("ranks as the official annex does (exports/queries/ranking_rows.sql), month by month", async () => {
    const exportsSql = readFileSync(fileURLToPath(new URL("../../exports/queries/ranking_rows.sql", import.meta.url)), "utf8");
    const dashboardSql = readFileSync(fileURLToPath(new URL("../../dashboards/sql/ranking_rows.sql", import.meta.url)), "utf8");
    const key = (r: Record<string, unknown>) => [r.agency_code, r.approval_rank, r.implementation_rank, r.composite_rank, r.approval_rank_change, r.composite_rank_change, r.total_systems].join("|");
    for (const period of ["2024-08", "2024-09"]) {
      for (const group of ["bo_nganh", "dia_phuong"]) {
        const official = (await queryWarehouse(db, exportsSql.replaceAll("$period", `'${period}'`))).filter((r) => r.agency_group === group).map(key).sort();
        const ours = (await queryWarehouse(db, dashboardSql.replaceAll("$agency_group", `'${group}'`))).filter((r) => r.period === period).map(key).sort();
        expect(ours).toEqual(official);
      }
    }
  });

  it("capdo dashboard refuses missing or bad options with exit 2 and a Vietnamese message", () => {
    const capdo = (...args: string[]) => spawnSync(process.execPath, [BIN, "dashboard", ...args], { encoding: "utf8", timeout: 60_000 });
    const noOut = capdo();
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain("Thiếu --out");
    const empty = mkdtempSync(join(tmpdir(), "capdo-nodb-"));
    const noWarehouse = capdo("--out", empty);
    rmSync(empty, { recursive: true, force: true });
    expect(noWarehouse.status).toBe(2);
    expect(noWarehouse.stderr).toContain("Không tìm thấy kho dữ liệu");
    const badCode = capdo("--out", dirname(db), "--agency", "T01/../x");
    expect(badCode.status).toBe(2);
    expect(badCode.stderr).toContain("Mã cơ quan");
  });

  it("an unknown agency fails before anything is built", async () => {
    await expect(buildDashboard({ dbPath: db, outDir: join(dirname(db), "site-XYZ"), agency: "XYZ" })).rejects.toThrow(/XYZ/);
    expect(existsSync(join(dirname(db), "site-XYZ"))).toBe(false);
  });

  it("never replaces a folder that is not a site", async () => {
    await expect(buildDashboard({ dbPath: db, outDir: dirname(db) })).rejects.toThrow(/kho dữ liệu/);
    expect(existsSync(db)).toBe(true);
  });

  describe.skipIf(!hasChromium)(`in Chromium (${CHROMIUM})`, () => {
    let server: SiteServer;
    let context: BrowserContext;
    let closeBrowser: () => Promise<void>;

    beforeAll(async () => {
      server = await serveSite(site);
      ({ context, close: closeBrowser } = await launchChromium());
      mkdirSync(SCREENSHOTS, { recursive: true });
    }, 60_000);

    afterAll(async () => {
      await closeBrowser?.();
      await server?.close();
    });

    /** Opens a page and records console errors, uncaught errors, failed and outside requests. */
    async function open(path: string, base = server.url): Promise<{ page: Page; problems: string[] }> {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`error: ${e.message}`));
      page.on("request", (r) => {
        if (!r.url().startsWith(`${base}/`) && !r.url().startsWith("data:")) problems.push(`outside request: ${r.url()}`);
      });
      page.on("response", (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
      await page.locator("#observablehq-main h1").first().waitFor();
      return { page, problems };
    }

    it.each(PAGES)("%s renders with no console error and no request outside the site", async (path) => {
      const { page, problems } = await open(path);
      await page.waitForTimeout(300);
      const name = path === "/" ? "index" : path.slice(1).replace(/\/$/, "/index").replace(/\//g, "_");
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      expect(await page.locator("#observablehq-main .observablehq--error").count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    }, 60_000);

    it("the overview shows the warehouse's national rates for the latest month", async () => {
      const [nation] = await queryWarehouse(db, "select latest_approval_rate, latest_implementation_rate, approval_rate from group_period where agency_group = 'toan_quoc' order by period desc limit 1");
      const { page } = await open("/");
      await expect.poll(() => page.getByTestId("national-approval-rate").textContent()).toBe(fmtRate(nation!.latest_approval_rate as number));
      expect(await page.getByTestId("national-implementation-rate").textContent()).toBe(fmtRate(nation!.latest_implementation_rate as number));
      expect(await page.getByTestId("reported-approval-rate").textContent()).toBe(fmtRate(nation!.approval_rate as number));
      await page.close();
    });

    it.each([["xep-hang-dia-phuong", "dia_phuong"], ["xep-hang-bo-nganh", "bo_nganh"]])("/%s: the first rows are the warehouse's ranking, month by month and by each rate", async (path, group) => {
      const { page } = await open(`/${path}`);
      for (const [period, basis] of [["2024-09", RANK_BY], ["2024-08", RANK_BY], ["2024-08", "approval"], ["2024-09", "implementation"]] as const) {
        await page.getByTestId("month-select").locator("select").selectOption({ label: `${period.slice(5)}/${period.slice(0, 4)}` });
        if (basis !== RANK_BY) await page.getByTestId("rank-by").getByLabel(RANK_LABELS[basis]!).check();
        const rows = await queryWarehouse(db, `select agency_name, ${basis}_rank as rank, total_systems, approval_rate from agency_latest where agency_group = '${group}' and period = '${period}' and ${basis}_rank is not null`);
        const expected = rows
          .sort((a, b) => Number(a.rank) - Number(b.rank) || collator.compare(String(a.agency_name), String(b.agency_name)))
          .slice(0, 5)
          .map((r) => [String(r.rank), String(r.agency_name), fmtInt(Number(r.total_systems)), fmtRate(r.approval_rate as number)]);
        await expect.poll(() => rankingRows(page, 5), { timeout: 10_000 }).toEqual(expected);
      }
      await page.close();
    });

    it("searching without accents finds the province: \"ha noi\" → Hà Nội", async () => {
      const { page } = await open("/xep-hang-dia-phuong");
      await page.getByTestId("search").locator("input").fill("ha noi");
      await expect.poll(async () => (await rankingRows(page, 10)).map((r) => r[1])).toEqual(["Thành phố Hà Nội"]);
      await page.getByTestId("search").locator("input").fill("DA NANG");
      await expect.poll(async () => (await rankingRows(page, 10)).map((r) => r[1])).toEqual(["Thành phố Đà Nẵng"]);
      await page.close();
    });

    it("an agency's page shows its own latest rate, and its systems' unmet requirements with the legal basis", async () => {
      const [latest] = await queryWarehouse(db, "select approval_rate from agency_latest where agency_code = 'T01' order by period desc limit 1");
      const { page } = await open("/co-quan/T01");
      await expect.poll(() => page.getByTestId("agency-approval-rate").textContent()).toBe(fmtRate(latest!.approval_rate as number));
      const systems = page.getByTestId("systems").locator("details");
      expect(await systems.count()).toBeGreaterThan(0);
      await systems.first().locator("summary").click();
      await expect.poll(() => systems.first().textContent()).toMatch(/Căn cứ: /);
      await page.close();
    });

    it("Vietnamese text is drawn entirely in the embedded Be Vietnam Pro, no fallback font", async () => {
      const { page } = await open("/");
      await page.evaluate("document.fonts.ready");
      const cdp = await context.newCDPSession(page);
      await cdp.send("DOM.enable");
      await cdp.send("CSS.enable");
      const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
      for (const selector of ["#observablehq-main h1", "#observablehq-main p.muted", "#observablehq-sidebar a", "#observablehq-header span"]) {
        const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
        const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
        expect(fonts.length, selector).toBeGreaterThan(0);
        for (const font of fonts) expect(font.familyName, selector).toMatch(/^Be Vietnam Pro( SemiBold)?$/);
      }
      await page.close();
    });

    it("text from submissions is shown as text, never as HTML", async () => {
      const { page } = await open("/chat-luong-du-lieu");
      // batch-3 holds a system name written as an Excel formula; it must appear verbatim.
      await expect.poll(() => page.locator("#observablehq-main").textContent()).toContain("=HYPERLINK(");
      expect(await page.locator("#observablehq-main a[href^='http']").count()).toBe(0);
      await page.close();
    });

    it("every page of the agency editions renders cleanly", async () => {
      for (const [agency, dir] of editions) {
        const edition = await serveSite(dir);
        try {
          for (const path of ["/", `/co-quan/${agency}`, "/tai-ve"]) {
            const { page, problems } = await open(path, edition.url);
            await page.waitForTimeout(200);
            await page.screenshot({ path: join(SCREENSHOTS, `edition-${agency}${path.replace(/\//g, "_")}.png`), fullPage: true });
            expect(problems, `${agency} ${path}`).toEqual([]);
            await page.close();
          }
        } finally {
          await edition.close();
        }
      }
    }, 120_000);
  });
});

/** The first rows of the ranking table: rank, agency, systems, approval rate (as shown). */
async function rankingRows(page: Page, n: number): Promise<string[][]> {
  const rows = page.getByTestId("ranking-table").locator("tbody tr");
  const count = Math.min(n, await rows.count());
  const out: string[][] = [];
  for (let i = 0; i < count; i++) {
    const cells = await rows.nth(i).locator("td").allTextContents();
    out.push([cells[1]!, cells[3]!, cells[4]!, cells[6]!].map((c) => c.trim()));
  }
  return out;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
