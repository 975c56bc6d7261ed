import type { IngestResult } from "../ingest/ingestSources.ts";
import { formatInteger as n } from "./formatNumber.ts";

export interface RunTotals {
  filesRead: number;
  filesLoaded: number;
  filesDuplicate: number;
  filesRejected: number;
  filesSkipped: number;
  rowsRead: number;
  rowsLoaded: number;
  rowsSetAside: number;
  notes: number;
}

export function runTotals(ingest: IngestResult): RunTotals {
  const count = (status: string) => ingest.files.filter((f) => f.status === status).length;
  return {
    filesRead: ingest.files.length,
    filesLoaded: count("loaded"),
    filesDuplicate: count("duplicate"),
    filesRejected: count("rejected"),
    filesSkipped: count("skipped"),
    rowsRead: ingest.files.reduce((s, f) => s + f.rowsRead, 0),
    rowsLoaded: ingest.files.reduce((s, f) => s + f.rowsLoaded, 0),
    rowsSetAside: ingest.files.reduce((s, f) => s + f.rowsSetAside, 0),
    notes: ingest.notes.length,
  };
}

/** The run summary in Vietnamese: files and rows accounted for, then every rejected file with its reason. */
export function summarizeRun(ingest: IngestResult, extraNotes: number): string {
  const t = runTotals(ingest);
  const lines = [
    `Tệp đã đọc: ${n(t.filesRead)} = nạp ${n(t.filesLoaded)} + bản sao trùng ${n(t.filesDuplicate)} (tính một lần) + từ chối ${n(t.filesRejected)} + bỏ qua ${n(t.filesSkipped)}`,
    `Dòng dữ liệu đã đọc: ${n(t.rowsRead)} = nạp ${n(t.rowsLoaded)} + để riêng ${n(t.rowsSetAside)}`,
    `Ghi chú cần xem: ${n(extraNotes)}`,
  ];
  if (ingest.hashesTrusted > 0) lines.push(`Tệp không đổi trên đĩa kể từ lần chạy trước (cùng kích thước và thời điểm sửa đổi, không đọc lại để tính mã băm): ${n(ingest.hashesTrusted)}`);
  if (ingest.reused.length > 0) lines.push(`Tệp không đổi so với lần chạy trước (dùng lại kết quả đọc, không đọc lại): ${n(ingest.reused.length)}`);
  const rejected = ingest.files.filter((f) => f.status === "rejected");
  if (rejected.length > 0) {
    lines.push("", "Tệp bị từ chối:");
    for (const f of rejected) lines.push(`  ✗ ${f.file}: ${f.message}`);
  }
  return lines.join("\n");
}
