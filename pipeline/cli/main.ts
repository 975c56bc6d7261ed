import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "./parseArgs.ts";
import { runCommand } from "./runCommand.ts";
import { checkCommand } from "./checkCommand.ts";
import { buildCommand } from "./buildCommand.ts";
import { exportCommand, EXPORT_USAGE } from "./exportCommand.ts";
import { templateCommand, TEMPLATE_USAGE } from "./templateCommand.ts";
import { dashboardCommand, DASHBOARD_USAGE } from "./dashboardCommand.ts";

const USAGE = `capdo — thống kê an toàn hệ thống thông tin theo cấp độ

Cách dùng:
  capdo run --sources THƯ_MỤC --out THƯ_MỤC [--no-dashboard] [--aliases TỆP] [--settings TỆP]
      Đọc mọi tệp báo cáo trong THƯ_MỤC nguồn, ghi kho dữ liệu OUT/capdo.duckdb và in tóm tắt.
  capdo build (--out THƯ_MỤC | --db TỆP) [--settings TỆP]
      Dựng lại các bảng tính toán (mô hình) của kho dữ liệu có sẵn mà không đọc lại tệp nguồn,
      ví dụ sau khi sửa cấu hình.
  capdo check TỆP… [--aliases TỆP]
      Kiểm tra tệp báo cáo (không nạp gì) và in mọi lỗi, để cơ quan sửa trước khi gửi.
${EXPORT_USAGE}${TEMPLATE_USAGE}${DASHBOARD_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, new Set(["no-dashboard", "help", "quiet"]));
  if (args.options.has("help") || args.command === null || args.command === "help") {
    process.stdout.write(USAGE);
    return args.command === null && !args.options.has("help") ? 2 : 0;
  }
  const aliases = args.options.get("aliases");
  const aliasesFile = typeof aliases === "string" ? resolve(aliases) : undefined;
  switch (args.command) {
    case "run": {
      const sources = args.options.get("sources");
      const out = args.options.get("out");
      if (typeof sources !== "string" || typeof out !== "string") {
        process.stderr.write(`Thiếu --sources hoặc --out.\n\n${USAGE}`);
        return 2;
      }
      if (!existsSync(sources) || !statSync(sources).isDirectory()) {
        process.stderr.write(`Không tìm thấy thư mục nguồn "${sources}".\n`);
        return 2;
      }
      mkdirSync(out, { recursive: true });
      return runCommand({
        sourcesDir: resolve(sources),
        outDir: resolve(out),
        dashboard: !args.options.has("no-dashboard"),
        aliasesFile,
        settingsFile: typeof args.options.get("settings") === "string" ? resolve(args.options.get("settings") as string) : undefined,
        progress: process.stderr.isTTY === true && !args.options.has("quiet"),
        version: packageVersion(),
      });
    }
    case "build": {
      const db = args.options.get("db");
      const out = args.options.get("out");
      const dbPath = typeof db === "string" ? resolve(db) : typeof out === "string" ? resolve(out, "capdo.duckdb") : null;
      if (!dbPath) {
        process.stderr.write(`Thiếu --out hoặc --db.\n\n${USAGE}`);
        return 2;
      }
      const settings = args.options.get("settings");
      return buildCommand(dbPath, typeof settings === "string" ? resolve(settings) : undefined);
    }
    case "check": {
      if (args.positionals.length === 0) {
        process.stderr.write(`Cần ít nhất một tệp để kiểm tra.\n\n${USAGE}`);
        return 2;
      }
      return checkCommand(args.positionals, { aliasesFile });
    }
    case "export":
      return exportCommand(args);
    case "template":
      return templateCommand(args, { aliasesFile });
    case "dashboard":
      return dashboardCommand(args);
    default:
      process.stderr.write(`Lệnh không hợp lệ "${args.command}".\n\n${USAGE}`);
      return 2;
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

// For the benchmark: the process's peak memory (worker threads included) and CPU time, on request.
if (process.env.CAPDO_RESOURCE_REPORT) {
  const reportFile = process.env.CAPDO_RESOURCE_REPORT;
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(reportFile, JSON.stringify({ maxRssMb: usage.maxRSS / 1024, userCpuMs: usage.userCPUTime / 1000, systemCpuMs: usage.systemCPUTime / 1000 }));
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.CAPDO_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);

export const programName = basename(process.argv[1] ?? "capdo");
