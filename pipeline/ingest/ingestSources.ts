import { readFileSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import type { AgencyRegistry } from "../registry/index.ts";
import { listSourceFiles } from "./listSourceFiles.ts";
import { createParsePool, type ParsePool } from "./createParsePool.ts";
import type { KnownHash, PreviousSource, ReusedFile } from "./PreviousSource.ts";
import { fileStatKey, STAT_TRUST_MARGIN_MS } from "./fileStatKey.ts";
import type { ReadLimits } from "../read/ReadLimits.ts";
import { DEFAULT_READ_LIMITS } from "../read/defaultReadLimits.ts";
import { fileTooLarge } from "./fileTooLarge.ts";
import { toSystemRecord } from "./toSystemRecord.ts";
import type { FileOutcome, Note, RejectedRow, StatedFigure, SubmissionRecord, SystemRecord } from "./records.ts";
import { errorMessage } from "../util/errorMessage.ts";

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
  /** fileStatKey() when hashed: a later run with the same key takes sha256 as is, without reading the file. */
  statKey: string | null;
}

export interface IngestResult {
  files: FileRecord[];
  submissions: SubmissionRecord[];
  systems: SystemRecord[];
  rejectedRows: RejectedRow[];
  notes: Note[];
  statedFigures: StatedFigure[];
  /** Files unchanged since the previous run: their rows are copied from the previous warehouse, not parsed. */
  reused: ReusedFile[];
  /** Files not read at all: their stat key was the previous run's, so their SHA-256 is the one it computed. */
  hashesTrusted: number;
}

export interface IngestOptions {
  onProgress?: ((done: number, total: number, file: string) => void) | undefined;
  /** Parse in this many worker threads (default: the machine's cores); 0 parses in this thread. */
  workers?: number;
  aliasesFile?: string | undefined;
  /** What the previous run read, by path: a file with the same path and bytes is not parsed again. */
  previous?: ReadonlyMap<string, PreviousSource> | undefined;
  /** Size and shape limits (sources/settings.json `limits`); a file over the size limit is rejected unread. */
  limits?: ReadLimits | undefined;
  /**
   * Called once per distinct content, e.g. to archive it under its SHA-256; the work it returns runs
   * while files are parsed and is awaited before ingestSources returns (a failure fails the run).
   */
  keep?: ((sha256: string, data: Buffer) => Promise<void>) | undefined;
  /** How many bytes read for hashing may be kept for parsing, in all (default KEPT_FOR_PARSING_BYTES). */
  keptForParsingBytes?: number;
  /**
   * SHA-256s the previous run computed, by path, with the files' stat keys then: a file whose stat key
   * is unchanged is not read nor hashed again, if `isKept` says its content is already kept.
   */
  previousHashes?: ReadonlyMap<string, KnownHash> | undefined;
  /** Whether content with this SHA-256 and size is already kept (archived), so the file need not be read for `keep`. */
  isKept?: ((sha256: string, bytes: number) => boolean) | undefined;
  /** How recent a change makes a file's stat key untrustworthy (default STAT_TRUST_MARGIN_MS). */
  statTrustMarginMs?: number;
}

/** Files this small are parsed in-process: starting worker threads would cost more than it saves. */
const MIN_FILES_FOR_WORKERS = 40;
/**
 * The bytes read for hashing are kept for parsing up to this much in all (a national month is a few
 * MB; 1,820 files 22 MB): each file is then read and hashed once. Beyond it a file is read again
 * when its turn comes, and set aside if its bytes are no longer those hashed and archived.
 */
const KEPT_FOR_PARSING_BYTES = 256 * 1024 * 1024;

interface ToParse {
  record: FileRecord;
  path: string;
  /** The bytes hashed, if kept (see KEPT_FOR_PARSING_BYTES). */
  data: Buffer | null;
}

/**
 * Reads every file under `root`: skips lock files and the like, keeps the first of
 * byte-identical copies (path order), reuses what the previous run read from files with the same
 * path and bytes, and parses the rest (in worker threads).
 * Every file ends up loaded, rejected, skipped or a duplicate; every data row loaded or set aside.
 */
export async function ingestSources(root: string, registry: AgencyRegistry, options: IngestOptions = {}): Promise<IngestResult> {
  const sources = listSourceFiles(root);
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const records: FileRecord[] = [];
  const firstBySha = new Map<string, FileRecord>();
  const toParse: ToParse[] = [];
  let keptBytes = 0;
  const reused = new Map<string, PreviousSource>();
  const kept: Promise<void>[] = [];
  let hashesTrusted = 0;
  // The worker threads start (≈ 0.5 s of module loading) as soon as enough files need parsing, while the rest are hashed.
  const size = options.workers ?? availableParallelism();
  let pool: ParsePool | null = null;
  try {
    for (const source of sources) {
      const record: FileRecord = {
        file: source.file, sha256: null, bytes: 0, status: "skipped", duplicateOf: null,
        reasonCode: null, message: null, rowsRead: 0, rowsLoaded: 0, rowsSetAside: 0, statKey: null,
      };
      records.push(record);
      // Stamped before reading: a change while the file is read shows in the next run's stat key.
      const stat = statSync(source.absolutePath, { bigint: true });
      record.bytes = Number(stat.size);
      if (source.skipped) {
        record.reasonCode = "not_a_submission";
        record.message = "không phải báo cáo (tệp khóa của Excel, tệp ẩn hoặc tệp hệ thống) — bỏ qua";
        continue;
      }
      const tooLarge = fileTooLarge(record.bytes, limits);
      if (tooLarge) {
        Object.assign(record, { status: "rejected", ...tooLarge });
        continue;
      }
      record.statKey = fileStatKey(stat, Date.now(), options.statTrustMarginMs ?? STAT_TRUST_MARGIN_MS);
      const trusted = unchangedHash(record, options);
      let data: Buffer | null = null;
      if (trusted !== null) {
        record.sha256 = trusted;
        hashesTrusted++;
      } else {
        data = readFileSync(source.absolutePath);
        record.bytes = data.length;
        record.sha256 = createHash("sha256").update(data).digest("hex");
      }
      const original = firstBySha.get(record.sha256);
      if (original) {
        record.duplicateOf = original.file;
        continue;
      }
      firstBySha.set(record.sha256, record);
      if (options.keep && data) kept.push(options.keep(record.sha256, data));
      const before = options.previous?.get(record.file);
      if (before && before.sha256 === record.sha256) reused.set(record.file, before);
      else {
        // Bytes read for hashing are kept for parsing, within the budget; a file not read is read when parsed.
        const keptData = data !== null && keptBytes + data.length <= (options.keptForParsingBytes ?? KEPT_FOR_PARSING_BYTES) ? data : null;
        if (keptData) keptBytes += keptData.length;
        toParse.push({ record, path: source.absolutePath, data: keptData });
      }
      if (!pool && size > 0 && toParse.length >= MIN_FILES_FOR_WORKERS) pool = createParsePool(size, { aliasesFile: options.aliasesFile, limits: options.limits });
    }
  } catch (error) {
    await pool?.close(); // worker threads left running would keep the process alive
    throw error;
  }

  // Parse while the kept files are written; every write is settled before anything fails or returns.
  const [parsed, ...keeping] = await Promise.allSettled([parseAll(toParse, registry, pool, size, options, sources.length), ...kept]);
  const failed = [parsed, ...keeping].find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  const outcomes = (parsed as PromiseFulfilledResult<Map<string, FileOutcome>>).value;
  return assemble(records, outcomes, reused, firstBySha, hashesTrusted);
}

/**
 * The SHA-256 the previous run computed for this file, when its stat key is the one recorded then and
 * its content is kept: the file need not be read. Null when it must be read and hashed.
 */
function unchangedHash(record: FileRecord, options: IngestOptions): string | null {
  if (record.statKey === null) return null;
  const known = options.previousHashes?.get(record.file);
  if (known?.statKey !== record.statKey) return null;
  return !options.keep || options.isKept?.(known.sha256, record.bytes) === true ? known.sha256 : null;
}

/** parseFile in this thread; its readers (about a hundred modules) are loaded on the first call for it. */
async function parserInThisThread(registry: AgencyRegistry, limits: ReadLimits | undefined): Promise<(file: string, data: Buffer) => Promise<FileOutcome>> {
  const { parseFile } = await import("./parseFile.ts");
  return (file, data) => parseFile(file, data, registry, limits);
}

async function parseAll(
  toParse: ToParse[],
  registry: AgencyRegistry,
  pool: ParsePool | null,
  size: number,
  options: IngestOptions,
  total: number,
): Promise<Map<string, FileOutcome>> {
  const outcomes = new Map<string, FileOutcome>();
  let done = total - toParse.length;
  try {
    // A re-run that reuses every file has nothing to parse, and never loads the readers.
    if (toParse.length === 0) return outcomes;
    const parse = pool?.parse ?? await parserInThisThread(registry, options.limits);
    const parseOne = async ({ record, path, data: hashed }: ToParse) => {
      const data = hashed ?? readFileSync(path);
      let outcome: FileOutcome;
      try {
        // The bytes parsed must be the bytes hashed and archived: a file edited during the run is set aside.
        if (!hashed && createHash("sha256").update(data).digest("hex") !== record.sha256) {
          outcome = { status: "rejected", reasonCode: "changed_during_run", message: "tệp bị thay đổi trong lúc đang đọc — hãy chạy lại khi tệp đã được lưu xong", notes: [] };
        } else outcome = await parse(record.file, data);
      } catch (error) {
        // A reader bug must not stop the run: the file is set aside with what went wrong.
        const message = errorMessage(error);
        outcome = { status: "rejected", reasonCode: "unreadable_file", message: `không đọc được tệp: ${message.slice(0, 200)}`, notes: [] };
      }
      outcomes.set(record.file, outcome);
      options.onProgress?.(++done, total, record.file);
    };
    // Two files in flight per worker keep every thread busy while the next file is read (one at a time in this thread).
    const inFlight = pool ? size * 2 : 1;
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(inFlight, toParse.length) }, async () => {
      while (next < toParse.length) await parseOne(toParse[next++]!);
    }));
  } finally {
    await pool?.close();
  }
  return outcomes;
}

/**
 * Puts the outcomes together in path order, so submission ids and duplicates do not depend on timing
 * nor on which files were reused: a reused file's submissions get the ids a fresh parse would give.
 */
function assemble(
  records: FileRecord[], outcomes: Map<string, FileOutcome>, reused: Map<string, PreviousSource>, firstBySha: Map<string, FileRecord>, hashesTrusted: number,
): IngestResult {
  const result: IngestResult = { files: records, submissions: [], systems: [], rejectedRows: [], notes: [], statedFigures: [], reused: [], hashesTrusted };
  let nextSubmissionId = 1;
  for (const record of records) {
    if (record.sha256 === null) continue; // skipped, or rejected unread (over the size limit)
    if (record.duplicateOf) {
      const original = firstBySha.get(record.sha256!)!;
      if (original.status === "rejected") {
        Object.assign(record, { status: "rejected", reasonCode: original.reasonCode, message: `${original.message} (bản sao giống hệt ${original.file})` });
      } else {
        record.status = "duplicate";
        result.notes.push({
          file: record.file, sheet: null, row: null, column: null, code: "duplicate-file",
          message: `tệp giống hệt từng byte với ${original.file} — chỉ tính một lần`,
        });
      }
      continue;
    }
    const before = reused.get(record.file);
    if (before) {
      Object.assign(record, {
        status: before.status, reasonCode: before.reasonCode, message: before.message,
        rowsRead: before.rowsRead, rowsLoaded: before.rowsLoaded, rowsSetAside: before.rowsSetAside,
      });
      result.reused.push({ file: record.file, previousFirstSubmissionId: before.firstSubmissionId, firstSubmissionId: nextSubmissionId, submissions: before.submissions });
      nextSubmissionId += before.submissions;
      continue;
    }
    const outcome = outcomes.get(record.file)!;
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
      result.submissions.push({ ...submission, submissionId, file: record.file, sha256: record.sha256! });
      const systems = outcome.systems[i] ?? [];
      for (const system of systems) result.systems.push(toSystemRecord(system, submissionId, record.file, record.sha256!));
      record.rowsLoaded += submission.form === "BM-02" ? 1 : systems.length;
    });
    result.rejectedRows.push(...outcome.rejectedRows);
    result.statedFigures.push(...outcome.statedFigures);
  }
  return result;
}
