import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { loadRegistry } from "../registry/index.ts";
import { parseFile } from "../ingest/parseFile.ts";
import { isPlainlyNotASubmission } from "../ingest/listSourceFiles.ts";
import { loadSettings } from "../config/loadSettings.ts";

/** `capdo check FILE…`: every problem of every file, nothing loaded. Exit 1 when any file has a problem. */
export async function checkCommand(files: string[], options: { aliasesFile: string | undefined }): Promise<number> {
  const limits = loadSettings().limits;
  const registry = loadRegistry(options.aliasesFile ? { aliasesFile: options.aliasesFile } : {});
  let problems = 0;
  for (const path of files) {
    const name = basename(path);
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch {
      process.stdout.write(`✗ ${path}: không mở được tệp\n`);
      problems++;
      continue;
    }
    if (isPlainlyNotASubmission(name)) {
      process.stdout.write(`– ${path}: không phải báo cáo (tệp khóa/tệp ẩn), bỏ qua\n`);
      continue;
    }
    const outcome = await parseFile(name, data, registry, limits);
    if (outcome.status === "rejected") {
      process.stdout.write(`✗ ${path}: TỆP BỊ TỪ CHỐI — ${outcome.message}\n`);
      problems++;
      continue;
    }
    const issues = [
      ...outcome.rejectedRows.map((r) => `  ✗ ${r.message}`),
      ...outcome.notes.map((n) => `  ! ${n.message}`),
    ];
    const reports = outcome.submissions.map((s) => `${s.form} ${s.agencyCode} kỳ ${s.period}`).join(", ");
    process.stdout.write(`${issues.length === 0 ? "✓" : "!"} ${path}: ${reports}; ${outcome.rowsRead} dòng dữ liệu, ${outcome.rejectedRows.length} dòng không được tính, ${outcome.notes.length} ghi chú\n`);
    for (const line of issues) process.stdout.write(`${line}\n`);
    if (issues.length > 0) problems++;
  }
  return problems > 0 ? 1 : 0;
}
