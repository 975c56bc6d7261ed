import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "./parseArgs.ts";
import { USAGE } from "./usage.ts";
import { errorMessage } from "../util/errorMessage.ts";


async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, new Set(["no-dashboard", "rehash", "help", "quiet", "version"]));
  if (args.options.has("version") || args.command === "version") {
    process.stdout.write(`capdo ${packageVersion()}\n`);
    return 0;
  }
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
      const { runCommand } = await import("./runCommand.ts");
      return runCommand({
        sourcesDir: resolve(sources),
        outDir: resolve(out),
        dashboard: !args.options.has("no-dashboard"),
        rehash: args.options.has("rehash"),
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
      const { buildCommand } = await import("./buildCommand.ts");
      return buildCommand(dbPath, typeof settings === "string" ? resolve(settings) : undefined);
    }
    case "check": {
      if (args.positionals.length === 0) {
        process.stderr.write(`Cần ít nhất một tệp để kiểm tra.\n\n${USAGE}`);
        return 2;
      }
      const { checkCommand } = await import("./checkCommand.ts");
      return checkCommand(args.positionals, { aliasesFile });
    }
    // Each command loads only what it uses (exceljs, DuckDB, Framework): start-up counts on a re-run.
    case "export":
      return (await import("./exportCommand.ts")).exportCommand(args);
    case "template":
      return (await import("./templateCommand.ts")).templateCommand(args, { aliasesFile });
    case "dashboard":
      return (await import("./dashboardCommand.ts")).dashboardCommand(args);
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
    process.stderr.write(`Lỗi: ${errorMessage(error)}\n`);
    if (process.env.CAPDO_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);

export const programName = basename(process.argv[1] ?? "capdo");
