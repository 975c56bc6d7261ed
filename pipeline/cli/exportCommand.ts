import { resolve } from "node:path";
import type { ParsedArgs } from "./parseArgs.ts";
import { writeExportFolder } from "../../exports/writeExportFolder.ts";
import { EXPORT_USAGE } from "./usage.ts";
import { isPeriod } from "../registry/assertPeriod.ts";



/**
 * `capdo export`: --out is capdo's output folder, as for run and build (the warehouse is OUT/capdo.duckdb
 * unless --db names another file); the files go to OUT/exports, replaced as a whole when complete.
 */
export async function exportCommand(args: ParsedArgs): Promise<number> {
  const out = args.options.get("out");
  const db = args.options.get("db");
  const period = args.options.get("period");
  const settings = args.options.get("export-settings");
  if (typeof out !== "string") {
    process.stderr.write(`Thiếu --out (thư mục kết quả; tệp xuất được ghi vào THƯ_MỤC/exports).\n\nCách dùng:\n${EXPORT_USAGE}`);
    return 2;
  }
  if (period !== undefined && (typeof period !== "string" || !isPeriod(period))) {
    process.stderr.write(`Kỳ "${String(period)}" không hợp lệ — cần dạng YYYY-MM, ví dụ 2024-09.\n`);
    return 2;
  }
  const outDir = resolve(out);
  const dbPath = typeof db === "string" ? resolve(db) : resolve(outDir, "capdo.duckdb");
  const files = await writeExportFolder(dbPath, outDir, {
    period: typeof period === "string" ? period : undefined,
    settingsFile: typeof settings === "string" ? resolve(settings) : undefined,
  });
  process.stdout.write(files.length === 0
    ? `Kho dữ liệu ${dbPath} chưa có số liệu; thư mục ${resolve(outDir, "exports")} để trống.\n`
    : `Đã ghi ${files.length} tệp vào ${resolve(outDir, "exports")}:\n${files.map((f) => `  ${f}`).join("\n")}\n`);
  return 0;
}
