import Papa from "papaparse";
import type { Grid, GridRow } from "./Grid.ts";
import { decodeTextBytes, type TextEncoding } from "./decodeTextBytes.ts";
import type { ReadLimits } from "./ReadLimits.ts";
import { DEFAULT_READ_LIMITS } from "./defaultReadLimits.ts";
import { FileRejection } from "./FileRejection.ts";

export interface CsvGrid {
  grid: Grid;
  encoding: TextEncoding;
  delimiter: string;
}

/**
 * Reads a CSV (or Excel "Unicode text" .txt) into a grid whose row numbers are the physical lines where
 * records start. More records or fields than `limits` allow throw a FileRejection.
 */
export function readCsv(data: Buffer, limits: ReadLimits = DEFAULT_READ_LIMITS): CsvGrid {
  const { text, encoding } = decodeTextBytes(data);
  const delimiter = guessDelimiter(text);
  const rows: GridRow[] = [];
  let line = 1;
  let consumed = 0; // text offset up to which newlines have been counted
  let previousEnd = -1;
  let records = 0;
  let tooWide: { line: number; fields: number } | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      let start = 0;
      if (previousEnd >= 0) start = previousEnd + (text.startsWith("\r\n", previousEnd) ? 2 : 1);
      if (start >= text.length) return;
      line += countNewlines(text, consumed, start);
      consumed = start;
      previousEnd = result.meta.cursor;
      const fields = result.data;
      if (fields.length === 1 && fields[0] === "") return; // an empty line
      if (fields.length > limits.max_cells_per_row) {
        tooWide = { line, fields: fields.length };
        parser.abort();
        return;
      }
      // Past the limit, records are only counted, so that the message can say how many there are.
      if (++records <= limits.max_rows_per_sheet) rows.push({ rowNumber: line, cells: fields.map((value) => ({ value })) });
    },
  });
  const wide = tooWide as { line: number; fields: number } | null;
  if (wide) {
    throw new FileRejection("too_many_cells",
      `dòng ${wide.line} có ${wide.fields.toLocaleString("vi-VN")} ô, vượt giới hạn ${limits.max_cells_per_row.toLocaleString("vi-VN")} ô mỗi dòng (limits.max_cells_per_row) — kiểm tra dấu phân cách cột hoặc xóa các cột thừa rồi gửi lại`);
  }
  if (records > limits.max_rows_per_sheet) {
    throw new FileRejection("too_many_rows",
      `tệp có ${records.toLocaleString("vi-VN")} dòng dữ liệu, vượt giới hạn ${limits.max_rows_per_sheet.toLocaleString("vi-VN")} dòng mỗi trang (limits.max_rows_per_sheet) — hãy xóa các dòng thừa rồi gửi lại`);
  }
  return { grid: { sheetName: null, rows }, encoding, delimiter };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  // LF, CRLF, and a lone CR ("CSV (Macintosh)" files) each end a line.
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

const CANDIDATES = [",", ";", "\t", "|"];

/** The separator that splits the most lines into the same number of fields (quotes respected). */
export function guessDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 60).filter((l) => l.trim() !== "");
  let best = ",";
  let bestScore = -1;
  for (const delimiter of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const lineText of lines) {
      const n = countOutsideQuotes(lineText, delimiter);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [fields, lineCount] of counts) score = Math.max(score, fields * lineCount);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let n = 0;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) n++;
  }
  return n;
}
