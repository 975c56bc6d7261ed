import type { FuzzResult } from "./FuzzResult.ts";

export interface FuzzRun {
  cases: number;
  seed: number;
  timeoutMs: number;
  workers: number;
  seconds: number;
  command: string;
  date: string;
}

/** The fuzz report in Markdown: totals, one row per kind of case, then every rejection and failure message grouped. */
export function fuzzReport(run: FuzzRun, results: FuzzResult[]): string {
  const count = (status: FuzzResult["status"]) => results.filter((r) => r.status === status).length;
  const failing = results.filter((r) => r.problems.length > 0 && r.status !== "crash" && r.status !== "hang");
  const lines = [
    "# Báo cáo kiểm thử ngẫu nhiên (fuzz) các bộ đọc và hàm chuẩn hóa",
    "",
    `Tạo bằng \`${run.command}\` ngày ${run.date}: ${fmt(run.cases)} trường hợp, hạt giống (seed) ${run.seed}, ${run.workers} luồng, tối đa ${run.timeoutMs / 1000} giây mỗi trường hợp, chạy hết ${run.seconds.toFixed(0)} giây. Cùng seed, cùng số trường hợp → cùng các tệp.`,
    "",
    "| | số |",
    "|---|---:|",
    `| trường hợp | ${fmt(results.length)} |`,
    `| **sập (ngoại lệ, luồng chết)** | **${count("crash")}** |`,
    `| **treo (quá ${run.timeoutMs / 1000} giây)** | **${count("hang")}** |`,
    `| vi phạm tính chất (sổ sách dòng, thông báo không rõ, giá trị ngoài miền) | ${failing.length} |`,
    `| tệp nạp được | ${fmt(count("loaded"))} |`,
    `| tệp bị từ chối, mỗi tệp một lý do và thông báo tiếng Việt | ${fmt(count("rejected"))} |`,
    `| giá trị ô qua mọi hàm chuẩn hóa | ${fmt(count("normalized"))} |`,
    "",
    "## Theo loại trường hợp",
    "",
    "| loại | trường hợp | nạp | từ chối | sập | treo | chậm nhất (ms) |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  const byCategory = group(results, (r) => r.category);
  for (const [category, rs] of [...byCategory].sort((a, b) => a[0].localeCompare(b[0]))) {
    const n = (s: FuzzResult["status"]) => rs.filter((r) => r.status === s).length;
    lines.push(`| ${category} | ${fmt(rs.length)} | ${n("loaded")} | ${n("rejected")} | ${n("crash")} | ${n("hang")} | ${Math.round(Math.max(...rs.map((r) => r.ms)))} |`);
  }
  lines.push("", "## Tệp bị từ chối, theo lý do và thông báo", "",
    "Thông báo được gom theo mẫu (giá trị trong ngoặc kép → \"…\", số → N); một ví dụ đầy đủ cho mỗi mẫu.", "",
    "| lý do (reason_code) | mẫu thông báo | số tệp | ví dụ |", "|---|---|---:|---|");
  const rejected = results.filter((r) => r.status === "rejected");
  const templates = group(rejected, (r) => `${r.reasonCode}\u0000${template(r.message ?? "")}`);
  for (const [key, rs] of [...templates].sort((a, b) => a[0].localeCompare(b[0]) || b[1].length - a[1].length)) {
    const [code, shape] = key.split("\u0000") as [string, string];
    lines.push(`| \`${code}\` | ${cell(shape)} | ${fmt(rs.length)} | ${cell(rs[0]!.message ?? "")} |`);
  }
  lines.push("", "## Giá trị ô không đọc được, theo hàm và thông báo", "", "| hàm | mẫu thông báo | số lần |", "|---|---|---:|");
  const cellMessages = group(results.flatMap((r) => r.cellMessages), (m) => `${m.code}\u0000${template(m.message)}`);
  for (const [key, ms] of [...cellMessages].sort((a, b) => a[0].localeCompare(b[0]))) {
    const [code, shape] = key.split("\u0000") as [string, string];
    lines.push(`| \`${code}\` | ${cell(shape)} | ${fmt(ms.length)} |`);
  }
  const bad = results.filter((r) => r.problems.length > 0);
  lines.push("", "## Sập, treo và vi phạm", "");
  if (bad.length === 0) lines.push("Không có.");
  for (const r of bad.slice(0, 50)) lines.push(`- ${r.status} · ${r.category}: ${r.problems.map(cell).join("; ")}`);
  return `${lines.join("\n")}\n`;
}

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

function template(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\d+(?:[.,]\d+)*/g, "N").replace(/\(chi tiết kỹ thuật: [^)]*\)/, "(chi tiết kỹ thuật: …)");
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ").slice(0, 300);
}

function fmt(n: number): string {
  return n.toLocaleString("vi-VN");
}
