import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { ParsedArgs } from "./parseArgs.ts";
import { loadRegistry, nameAsOf, resolveAgency } from "../registry/index.ts";
import { buildTemplate } from "../../exports/templates/buildTemplate.ts";
import { localDate } from "../../exports/text/localDate.ts";
import { TEMPLATE_USAGE } from "./usage.ts";
import { isPeriod } from "../registry/assertPeriod.ts";



/** `capdo template`: a blank BM-01 or BM-02 workbook, written aside and renamed into place. */
export async function templateCommand(args: ParsedArgs, options: { aliasesFile?: string | undefined } = {}): Promise<number> {
  const form = args.options.get("form");
  const out = args.options.get("out");
  const agencyCode = args.options.get("agency");
  const period = args.options.get("period");
  const usage = (message: string) => {
    process.stderr.write(`${message}\n\nCách dùng:\n${TEMPLATE_USAGE}`);
    return 2;
  };
  if (form !== "BM-01" && form !== "BM-02") return usage(`Cần --form BM-01 hoặc --form BM-02${typeof form === "string" ? ` (không phải "${form}")` : ""}.`);
  if (typeof out !== "string" || !out.toLowerCase().endsWith(".xlsx")) return usage("Cần --out TỆP với phần mở rộng .xlsx.");
  if (period !== undefined && (typeof period !== "string" || !isPeriod(period))) return usage(`Kỳ "${String(period)}" không hợp lệ — cần dạng YYYY-MM, ví dụ 2024-09.`);
  if (agencyCode !== undefined && typeof agencyCode !== "string") return usage("--agency cần một mã cơ quan, ví dụ T27 hoặc BYT.");

  let agency: { code: string; name: string } | undefined;
  if (agencyCode !== undefined) {
    const month = typeof period === "string" ? period : localDate().slice(0, 7);
    const registry = loadRegistry(options.aliasesFile ? { aliasesFile: options.aliasesFile } : {});
    const resolved = resolveAgency(registry, { code: agencyCode }, month);
    if (!resolved.ok) return usage(`--agency: ${resolved.message}`);
    agency = { code: resolved.agency.code, name: nameAsOf(resolved.agency, month) };
  }
  const workbook = await buildTemplate({ form, agency, period: typeof period === "string" ? period : undefined });
  const file = resolve(out);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    writeFileSync(partial, Buffer.from(await workbook.xlsx.writeBuffer()));
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  process.stdout.write(`Đã ghi biểu ${form}${agency ? ` của ${agency.name} (${agency.code})` : ""}${typeof period === "string" ? ` kỳ ${period}` : ""}: ${file}\n`);
  return 0;
}
