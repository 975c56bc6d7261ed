import { sniffFile } from "../read/sniffFile.ts";
import { readXlsx } from "../read/readXlsx.ts";
import { readCsv } from "../read/readCsv.ts";
import type { Grid } from "../read/Grid.ts";
import type { ReadLimits } from "../read/ReadLimits.ts";
import { DEFAULT_READ_LIMITS } from "../read/defaultReadLimits.ts";
import { FileRejection } from "../read/FileRejection.ts";
import { fileTooLarge } from "./fileTooLarge.ts";
import type { AgencyRegistry } from "../registry/index.ts";
import { BM01, BM02 } from "../forms/formSpecs.ts";
import { findTable, type FoundTable } from "../forms/findTable.ts";
import { readHeaderBlock, type HeaderBlock } from "../forms/readHeaderBlock.ts";
import { parseBm01Sheet } from "../forms/parseBm01Sheet.ts";
import { parseBm02Sheet } from "../forms/parseBm02Sheet.ts";
import { describeLocation } from "../forms/describeLocation.ts";
import type { FileOutcome, Note, RejectedRow } from "./records.ts";
import { errorMessage } from "../util/errorMessage.ts";

interface FoundSheet<F extends string> {
  grid: Grid;
  table: FoundTable<F>;
  block: HeaderBlock;
}

/** Reads one submitted file into the reports it holds, or rejects it whole with a reason. */
export async function parseFile(file: string, data: Buffer, registry: AgencyRegistry, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<FileOutcome> {
  const reject = (reasonCode: string, message: string): FileOutcome => ({ status: "rejected", reasonCode, message, notes: [] });
  const tooLarge = fileTooLarge(data.length, limits);
  if (tooLarge) return reject(tooLarge.reasonCode, tooLarge.message);
  const kind = sniffFile(file, data);
  if (kind.kind === "reject") return reject(kind.reasonCode, kind.message);

  let grids: Grid[];
  if (kind.kind === "xlsx") {
    try {
      const sheets = await readXlsx(data, limits);
      if (sheets.visible.length === 0) {
        return sheets.hiddenNames.length > 0
          ? reject("only_hidden_sheets", `sổ tính chỉ có trang ẩn (${sheets.hiddenNames.map((n) => `"${n}"`).join(", ")}) — trang ẩn không được đọc; hãy bỏ ẩn trang báo cáo rồi gửi lại`)
          : reject("corrupt_xlsx", "sổ tính .xlsx bị hỏng hoặc không đầy đủ: không đọc được trang tính nào (danh sách trang hoặc liên kết tới trang bị hỏng) — hãy mở bằng Excel, lưu lại dạng .xlsx rồi gửi lại");
      }
      grids = sheets.visible;
    } catch (error) {
      if (error instanceof FileRejection) return reject(error.reasonCode, error.message);
      return reject("corrupt_xlsx", `sổ tính .xlsx bị hỏng hoặc không đầy đủ (có thể bị cắt khi tải lên) — hãy gửi lại tệp (${shortError(error)})`);
    }
  } else {
    try {
      grids = [readCsv(data, limits).grid];
    } catch (error) {
      if (error instanceof FileRejection) return reject(error.reasonCode, error.message);
      throw error;
    }
  }

  const bm01: FoundSheet<never>[] = [];
  const bm02: FoundSheet<never>[] = [];
  for (const grid of grids) {
    const t1 = findTable(grid, BM01);
    const t2 = t1 ? null : findTable(grid, BM02);
    const table = (t1 ?? t2) as FoundTable<string> | null;
    if (!table) continue;
    if (table.missingRequired.length > 0) {
      const missing = table.form.columns.filter((c) => table.missingRequired.includes(c.field)).map((c) => `"${c.headers[0]}"`);
      return reject("required_columns_missing", `${describeLocation({ form: table.form.form, sheet: grid.sheetName, row: table.headerRowNumbers.at(-1)! })}: thiếu cột bắt buộc ${missing.join(", ")}`);
    }
    const block = readHeaderBlock(grid, table.headerIndex + 1 - table.headerRowNumbers.length);
    (t1 ? bm01 : bm02).push({ grid, table: table as FoundTable<never>, block });
  }
  for (const [list, form] of [[bm01, "BM-01"], [bm02, "BM-02"]] as const) {
    if (list.length > 1) {
      return reject("two_sheets_same_form", `sổ tính có ${list.length} trang hiển thị cùng biểu ${form} (${list.map((s) => `"${s.grid.sheetName}"`).join(", ")}) — chỉ giữ một trang, ẩn hoặc xóa trang còn lại`);
    }
  }
  if (bm01.length === 0 && bm02.length === 0) {
    return reject("no_form_sheet", "không tìm thấy bảng biểu BM-01 (cột \"Tên hệ thống thông tin\", \"Cấp độ\") hoặc BM-02 (cột \"Cơ quan\", \"Tổng số HTTT\") trong 20 dòng đầu của trang hiển thị nào");
  }

  const ctx = { file, registry };
  const outcome: Extract<FileOutcome, { status: "loaded" }> = { status: "loaded", submissions: [], systems: [], rejectedRows: [], notes: [], statedFigures: [], rowsRead: 0 };
  const add = (rows: RejectedRow[], notes: Note[], rowsRead: number) => {
    outcome.rejectedRows.push(...rows);
    outcome.notes.push(...notes);
    outcome.rowsRead += rowsRead;
  };
  const sheet1 = bm01[0];
  if (sheet1) {
    const result = parseBm01Sheet(sheet1.grid, sheet1.table, sheet1.block, ctx);
    if (!result.ok) return reject(result.reasonCode, result.message);
    outcome.submissions.push(result.submission);
    outcome.statedFigures.push(...result.statedFigures);
    outcome.systems.push(result.systems);
    add(result.rejectedRows, result.notes, result.rowsRead);
  }
  const sheet2 = bm02[0];
  if (sheet2) {
    // A BM-02 sheet beside a BM-01 in one workbook shares its header block when it has none.
    const block = { ...(sheet1?.block ?? {}), ...sheet2.block };
    const result = parseBm02Sheet(sheet2.grid, sheet2.table, block, ctx);
    if (!result.ok) return reject(result.reasonCode, result.message);
    outcome.statedFigures.push(...result.statedFigures);
    for (const submission of result.submissions) {
      outcome.submissions.push(submission);
      outcome.systems.push([]);
    }
    add(result.rejectedRows, result.notes, result.rowsRead);
  }
  return outcome;
}

function shortError(error: unknown): string {
  const message = errorMessage(error);
  return message.split("\n")[0]!.slice(0, 120);
}
