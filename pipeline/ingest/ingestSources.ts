import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import type { AgencyRegistry } from "../registry/index.ts";
import { listSourceFiles } from "./listSourceFiles.ts";
import { parseFile } from "./parseFile.ts";
import type { FileOutcome, Note, RejectedRow, StatedFigure, SubmissionRecord, SystemRecord } from "./records.ts";

export type FileStatus = "loaded" | "rejected" | "skipped" | "duplicate";

export interface FileRecord {
  file: string;
  sha256: string | null;
  bytes: number;
  status: FileStatus;
  duplicateOf: string | null;
  reasonCode: string | null;
  message: string | null;
  rowsRead: number;
  rowsLoaded: number;
  rowsSetAside: number;
}

export interface IngestResult {
  files: FileRecord[];
  submissions: SubmissionRecord[];
  systems: SystemRecord[];
  rejectedRows: RejectedRow[];
  notes: Note[];
  statedFigures: StatedFigure[];
}

export interface IngestOptions {
  onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * Reads every file under `root`: skips lock files and the like, keeps the first of
 * byte-identical copies (path order), parses the rest. Every file ends up loaded,
 * rejected, skipped or a duplicate; every data row loaded or set aside.
 */
export async function ingestSources(root: string, registry: AgencyRegistry, options: IngestOptions = {}): Promise<IngestResult> {
  const result: IngestResult = { files: [], submissions: [], systems: [], rejectedRows: [], notes: [], statedFigures: [] };
  const sources = listSourceFiles(root);
  const firstBySha = new Map<string, FileRecord>();
  let nextSubmissionId = 1;
  let done = 0;
  for (const source of sources) {
    options.onProgress?.(done++, sources.length, source.file);
    const data = readFileSync(source.absolutePath);
    const record: FileRecord = {
      file: source.file, sha256: null, bytes: data.length, status: "skipped", duplicateOf: null,
      reasonCode: null, message: null, rowsRead: 0, rowsLoaded: 0, rowsSetAside: 0,
    };
    result.files.push(record);
    if (source.skipped) {
      record.reasonCode = "not_a_submission";
      record.message = "không phải báo cáo (tệp khóa của Excel, tệp ẩn hoặc tệp hệ thống) — bỏ qua";
      continue;
    }
    const sha256 = createHash("sha256").update(data).digest("hex");
    record.sha256 = sha256;
    const original = firstBySha.get(sha256);
    if (original) {
      record.duplicateOf = original.file;
      if (original.status === "rejected") {
        Object.assign(record, { status: "rejected", reasonCode: original.reasonCode, message: `${original.message} (bản sao giống hệt ${original.file})` });
      } else {
        record.status = "duplicate";
        result.notes.push({
          file: source.file, sheet: null, row: null, column: null, code: "duplicate-file",
          message: `tệp giống hệt từng byte với ${original.file} — chỉ tính một lần`,
        });
      }
      continue;
    }
    firstBySha.set(sha256, record);
    let outcome: FileOutcome;
    try {
      outcome = await parseFile(source.file, data, registry);
    } catch (error) {
      // A reader bug must not stop the run: the file is set aside with what went wrong.
      const message = error instanceof Error ? error.message : String(error);
      outcome = { status: "rejected", reasonCode: "unreadable_file", message: `không đọc được tệp: ${message.slice(0, 200)}`, notes: [] };
    }
    result.notes.push(...outcome.notes);
    if (outcome.status === "rejected") {
      Object.assign(record, { status: "rejected", reasonCode: outcome.reasonCode, message: outcome.message });
      continue;
    }
    record.status = "loaded";
    record.rowsRead = outcome.rowsRead;
    record.rowsSetAside = outcome.rejectedRows.length;
    outcome.submissions.forEach((submission, i) => {
      const submissionId = nextSubmissionId++;
      result.submissions.push({ ...submission, submissionId, file: source.file, sha256 });
      const systems = outcome.systems[i] ?? [];
      for (const system of systems) result.systems.push({ ...system, submissionId, file: source.file, sha256 });
      record.rowsLoaded += submission.form === "BM-02" ? 1 : systems.length;
    });
    result.rejectedRows.push(...outcome.rejectedRows);
    result.statedFigures.push(...outcome.statedFigures);
  }
  options.onProgress?.(done, sources.length, "");
  return result;
}
