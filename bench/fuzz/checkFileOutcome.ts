import type { FileOutcome } from "../../pipeline/ingest/records.ts";
import { isVietnameseMessage } from "./isVietnameseMessage.ts";

/**
 * What must hold for any file, whatever its bytes: a rejection has a known reason and a Vietnamese
 * message; a loaded file accounts for every row (read = loaded + set aside), and what it loaded is
 * well-formed. Returns the problems found (none for a good outcome).
 */
export function checkFileOutcome(outcome: FileOutcome): string[] {
  const problems: string[] = [];
  if (outcome.status === "rejected") {
    if (!outcome.reasonCode || outcome.reasonCode === "unreadable_file") problems.push(`lý do từ chối chung chung: ${outcome.reasonCode}`);
    if (!isVietnameseMessage(outcome.message)) problems.push(`thông báo từ chối không rõ: ${JSON.stringify(outcome.message)}`);
    return problems;
  }
  const loaded = outcome.submissions.reduce((n, s, i) => n + (s.form === "BM-02" ? 1 : outcome.systems[i]?.length ?? 0), 0);
  if (outcome.rowsRead !== loaded + outcome.rejectedRows.length) {
    problems.push(`sổ sách dòng sai: đọc ${outcome.rowsRead} ≠ nạp ${loaded} + để riêng ${outcome.rejectedRows.length}`);
  }
  for (const s of outcome.submissions) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(s.period)) problems.push(`kỳ báo cáo sai dạng: ${s.period}`);
    if (s.reportDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(s.reportDate)) problems.push(`ngày báo cáo sai dạng: ${s.reportDate}`);
    for (const n of [s.statedTotal, s.statedApproved, s.statedImplemented]) {
      if (n !== null && (!Number.isInteger(n) || n < 0)) problems.push(`số liệu BM-02 không phải số nguyên ≥ 0: ${n}`);
    }
  }
  for (const system of outcome.systems.flat()) {
    if (![1, 2, 3, 4, 5].includes(system.level)) problems.push(`cấp độ ngoài 1–5: ${system.level}`);
    if (system.systemName.trim() === "") problems.push("hệ thống được nạp không có tên");
  }
  for (const m of [...outcome.rejectedRows.map((r) => r.message), ...outcome.notes.map((n) => n.message)]) {
    if (!isVietnameseMessage(m)) problems.push(`thông báo dòng/ghi chú không rõ: ${JSON.stringify(m)}`);
  }
  return problems;
}
