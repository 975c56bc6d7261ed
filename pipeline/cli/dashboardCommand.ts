import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { buildDashboard } from "../dashboard/buildDashboard.ts";
import { withOutputLock } from "../publish/withOutputLock.ts";
import type { ParsedArgs } from "./parseArgs.ts";
import { DASHBOARD_USAGE } from "./usage.ts";


/**
 * `capdo dashboard`: --out is capdo's output folder, as for run, build and export; the site goes to
 * OUT/site (an agency's edition to OUT/site-CODE), built aside and swapped in when complete.
 */
export async function dashboardCommand(args: ParsedArgs): Promise<number> {
  const out = args.options.get("out");
  const db = args.options.get("db");
  const agency = args.options.get("agency");
  if (typeof out !== "string") {
    process.stderr.write(`Thiếu --out (thư mục kết quả; trang tổng hợp được ghi vào THƯ_MỤC/site).\n\nCách dùng:\n${DASHBOARD_USAGE}`);
    return 2;
  }
  if (agency !== undefined && (typeof agency !== "string" || !/^[A-Za-z0-9]+$/.test(agency))) {
    process.stderr.write(`Mã cơ quan "${String(agency)}" không hợp lệ — ví dụ: --agency T01 hoặc --agency BYT.\n`);
    return 2;
  }
  const outDir = resolve(out);
  const dbPath = typeof db === "string" ? resolve(db) : join(outDir, "capdo.duckdb");
  if (!existsSync(dbPath)) {
    process.stderr.write(`Không tìm thấy kho dữ liệu ${dbPath} — hãy chạy "capdo run" trước, hoặc chỉ ra tệp bằng --db.\n`);
    return 2;
  }
  const code = typeof agency === "string" ? agency.toUpperCase() : undefined;
  const siteDir = join(outDir, code ? `site-${code}` : "site");
  const started = performance.now();
  await withOutputLock(outDir, "dashboard", () => buildDashboard({ dbPath, outDir: siteDir, ...(code ? { agency: code } : {}) }));
  const seconds = ((performance.now() - started) / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
  process.stdout.write(`Đã dựng trang tổng hợp${code ? ` dành cho cơ quan ${code}` : ""} vào ${siteDir} (${seconds} giây).\nXem trang: npm run preview -- ${siteDir}\n`);
  return 0;
}
