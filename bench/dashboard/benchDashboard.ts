// `npm run bench:dashboard [-- --db FILE] [--runs N]`: builds the dashboard from a national-scale
// warehouse and reports, per page, the data bytes it loads and the time to first render in
// headless Chromium, against the goals (≤ 300 KB of data, ≤ 1 s per page; build ≤ 60 s).
// Without --db it generates the data first: synth --agencies 93 --months 24, then capdo run.
import { execFileSync } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { buildDashboard } from "../../pipeline/dashboard/buildDashboard.ts";
import { serveSite } from "../../pipeline/dashboard/serveSite.ts";
import { hasChromium, launchBrowser, CHROMIUM } from "../../tests/helpers/chromium.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const GOAL_BYTES = 300 * 1024;
const GOAL_MS = 1000;
const GOAL_BUILD_S = 60;

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const runs = Number(option("runs") ?? 3);
const work = resolve(option("work") ?? join(REPO, "out", "bench-dashboard"));
const db = option("db") ? resolve(option("db")!) : nationalWarehouse(work);

if (!hasChromium) {
  process.stderr.write(`Cần Chromium tại ${CHROMIUM} (apt-get install -y chromium).\n`);
  process.exit(2);
}

// Build twice: cold (no cached library bundles) and warm (the usual case for `capdo run`).
rmSync(join(REPO, "node_modules", ".cache", "capdo-dashboard"), { recursive: true, force: true });
const site = join(work, "site");
const buildSeconds: number[] = [];
for (let i = 0; i < 2; i++) {
  const t = performance.now();
  await buildDashboard({ dbPath: db, outDir: site });
  buildSeconds.push((performance.now() - t) / 1000);
}

const largestAgency = readdirSync(join(site, "_file", "data", "agencies"))
  .map((f) => ({ code: f.split(".")[0]!, size: statSync(join(site, "_file", "data", "agencies", f)).size }))
  .sort((a, b) => b.size - a.size)[0]!.code;
const pages = ["/", "/xep-hang-bo-nganh", "/xep-hang-dia-phuong", "/co-quan/", `/co-quan/${largestAgency}`, "/tuan-thu", "/tinh-hinh-bao-cao", "/chat-luong-du-lieu", "/tai-ve"];

const server = await serveSite(site);
const browser = await launchBrowser();
const loadAverage = loadavg()[0]!;
interface Sample {
  dataBytes: number;
  allBytes: number;
  firstRenderMs: number;
  completeMs: number;
}
const results: (Sample & { page: string })[] = [];
try {
  for (const path of pages) {
    const samples: Sample[] = [];
    for (let run = 0; run < runs; run++) {
      // A fresh context each time: nothing cached, as on a leader's first visit.
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      let dataBytes = 0;
      let allBytes = 0;
      page.on("response", async (response) => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        allBytes += body.length;
        if (new URL(response.url()).pathname.includes("/_file/")) dataBytes += body.length;
      });
      await page.goto(`${server.url}${path}`, { waitUntil: "commit" });
      // First render: the first chart, table, figure or list the page draws from its data is on screen.
      await page.waitForFunction("document.querySelector('#observablehq-main :is(svg, table, .kpi, [data-testid])') !== null", null, { polling: "raf" });
      const firstRenderMs = Number(await page.evaluate("performance.now()"));
      // Complete: no cell of the page is still waiting for its data.
      await page.waitForFunction("document.querySelector('observablehq-loading') === null && document.querySelector('#observablehq-main h1') !== null", null, { polling: "raf" });
      const completeMs = Number(await page.evaluate("performance.now()"));
      await page.waitForLoadState("networkidle");
      samples.push({ dataBytes, allBytes, firstRenderMs, completeMs });
      await context.close();
    }
    const median = (key: keyof Sample) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
    results.push({ page: path, dataBytes: median("dataBytes"), allBytes: median("allBytes"), firstRenderMs: median("firstRenderMs"), completeMs: median("completeMs") });
  }
} finally {
  await browser.close();
  await server.close();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ok = (good: boolean) => (good ? "đạt" : "KHÔNG ĐẠT");
const lines = [
  `Trang tổng hợp — kho dữ liệu ${db}`,
  `Dựng trang: ${buildSeconds[0]!.toFixed(1)} giây (lần đầu, chưa có thư viện đóng gói sẵn), ${buildSeconds[1]!.toFixed(1)} giây (lần sau) — mục tiêu ≤ ${GOAL_BUILD_S} giây: ${ok(Math.max(...buildSeconds) <= GOAL_BUILD_S)}`,
  "",
  `${"trang".padEnd(26)} ${"dữ liệu".padStart(10)} ${"tổng tải".padStart(10)} ${"hiện lần đầu".padStart(13)} ${"hiện đủ".padStart(9)}  mục tiêu (≤ 300 KB, ≤ 1 s)`,
  ...results.map((r) =>
    `${r.page.padEnd(26)} ${kb(r.dataBytes).padStart(10)} ${kb(r.allBytes).padStart(10)} ${`${Math.round(r.firstRenderMs)} ms`.padStart(13)} ${`${Math.round(r.completeMs)} ms`.padStart(9)}  ${ok(r.dataBytes <= GOAL_BYTES && r.completeMs <= GOAL_MS)}`),
  "",
  `Trung vị của ${runs} lần mở, mỗi lần một phiên trình duyệt mới (không có bộ nhớ đệm), máy chủ tĩnh trên 127.0.0.1.`,
  `Tải máy lúc đo (trung bình 1 phút): ${loadAverage.toFixed(1)} trên ${availableParallelism()} lõi — máy dùng chung thì thời gian dài hơn.`,
  `"dữ liệu": các tệp số liệu (_file/) trang tải; "tổng tải": kể cả mã JavaScript, CSS, phông chữ.`,
];
process.stdout.write(`${lines.join("\n")}\n`);
writeFileSync(join(work, "bench-dashboard.json"), `${JSON.stringify({ db, buildSeconds, runs, loadAverage, results }, null, 2)}\n`);

/** The national-scale warehouse of the benchmark, generated once under `work`. */
function nationalWarehouse(dir: string): string {
  const sources = join(dir, "sources");
  const out = join(dir, "out");
  const warehouse = join(out, "capdo.duckdb");
  if (!existsSync(warehouse)) {
    mkdirSync(dir, { recursive: true });
    const tsx = join(REPO, "node_modules", ".bin", "tsx");
    process.stderr.write("Tạo số liệu quy mô toàn quốc (93 cơ quan, 24 tháng)…\n");
    if (!existsSync(sources)) execFileSync(tsx, [join(REPO, "pipeline", "synth", "main.ts"), "--agencies", "93", "--months", "24", "--out", sources], { stdio: "inherit" });
    execFileSync(tsx, [join(REPO, "pipeline", "cli", "main.ts"), "run", "--sources", sources, "--out", out, "--no-dashboard", "--quiet"], { stdio: ["ignore", "ignore", "inherit"] });
  }
  return warehouse;
}
