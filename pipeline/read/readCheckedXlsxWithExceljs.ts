import type ExcelJS from "exceljs";
import type { Grid, GridCell, GridRow } from "./Grid.ts";
import type { RawValue } from "./RawValue.ts";
import type { ReadLimits } from "./ReadLimits.ts";
import type { WorkbookSheets } from "./WorkbookSheets.ts";
import type { ZipPart } from "./ZipPart.ts";
import { cellText } from "./cellText.ts";
import { FileRejection } from "./FileRejection.ts";
import { findBrokenXmlPart } from "./findBrokenXmlPart.ts";
import { corruptWorkbook } from "./corruptWorkbook.ts";
import { listedWorksheets } from "./listedWorksheets.ts";
import { DATA_PARTS } from "./DATA_PARTS.ts";
import { errorMessage } from "../util/errorMessage.ts";

/**
 * Reads every sheet of an xlsx whose zip `checkWorkbookZip` has passed (`parts`) with exceljs' full
 * (non-streaming) reader, which keeps merged cells and hidden state. Formula cells yield their cached
 * result, 0 and FALSE included (null when none is cached). A workbook that cannot be read throws a
 * FileRejection saying why. exceljs is loaded on first use.
 */
export async function readCheckedXlsxWithExceljs(data: Buffer, parts: ZipPart[], limits: ReadLimits): Promise<WorkbookSheets> {
  const resave = "hãy mở bằng Excel, lưu lại dạng .xlsx rồi gửi lại";
  const broken = findBrokenXmlPart(parts.filter((p) => DATA_PARTS.test(p.entry.name)));
  if (broken) throw corruptWorkbook(`nội dung XML của phần "${broken}" bị hỏng — ${resave}`);
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    // The data parts were found well-formed above: only the others can be the broken one.
    const part = findBrokenXmlPart(parts.filter((p) => !DATA_PARTS.test(p.entry.name)));
    const detail = errorMessage(error);
    // The XML is well-formed but does not hang together: a cell pointing past the shared strings is the usual case.
    throw corruptWorkbook(part
      ? `nội dung XML của phần "${part}" bị hỏng — ${resave}`
      : /richText|sharedString/i.test(detail)
        ? `một ô trỏ tới chuỗi văn bản không có trong phần "xl/sharedStrings.xml" — ${resave}`
        : `nội dung bên trong không đúng cấu trúc sổ tính Excel — ${resave}`);
  }
  const read = new Set(workbook.worksheets.map((w) => w.name));
  const lost = listedWorksheets(parts).filter((name) => !read.has(name));
  if (lost.length > 0) {
    throw corruptWorkbook(`trang tính ${lost.map((n) => `"${n}"`).join(", ")} có trong danh sách trang nhưng không đọc được nội dung (phần trang tính bị thiếu hoặc hỏng) — ${resave}`);
  }
  const visible: Grid[] = [];
  const hiddenNames: string[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== "visible") {
      hiddenNames.push(sheet.name);
      continue;
    }
    const rowCount = sheet.actualRowCount;
    if (rowCount > limits.max_rows_per_sheet) {
      throw new FileRejection("too_many_rows",
        `trang "${sheet.name}" có ${rowCount.toLocaleString("vi-VN")} dòng có dữ liệu, vượt giới hạn ${limits.max_rows_per_sheet.toLocaleString("vi-VN")} dòng mỗi trang (limits.max_rows_per_sheet) — hãy xóa các dòng thừa rồi gửi lại`);
    }
    visible.push({ sheetName: sheet.name, rows: readRows(sheet, limits.max_cells_per_row) });
  }
  return { visible, hiddenNames };
}

function readRows(sheet: ExcelJS.Worksheet, maxCells: number): GridRow[] {
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const gridCell: GridCell = { value: cellValue(cell), numFmt: cell.numFmt || undefined };
      if (cell.isMerged && cell.master !== cell) {
        const master = cell.master;
        gridCell.mergedFrom = Number(master.row) === rowNumber ? Number(master.col) - 1 : -1;
      }
      cells[col - 1] = gridCell;
    });
    if (cells.length > maxCells) {
      throw new FileRejection("too_many_cells",
        `trang "${sheet.name}" · dòng ${rowNumber} dùng đến cột thứ ${cells.length.toLocaleString("vi-VN")}, vượt giới hạn ${maxCells.toLocaleString("vi-VN")} ô mỗi dòng (limits.max_cells_per_row) — hãy xóa các cột thừa rồi gửi lại`);
    }
    for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = { value: null };
    if (cells.length > 0) rows.push({ rowNumber, cells });
  });
  return rows;
}

function cellValue(cell: ExcelJS.Cell): RawValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) {
    return typeof v === "string" ? cellText(v, cell.font?.name) : v;
  }
  if ("richText" in v) {
    return v.richText.map((run) => cellText(run.text, run.font?.name ?? cell.font?.name)).join("");
  }
  if ("formula" in v || "sharedFormula" in v) {
    // exceljs' copy of the value leaves out a falsy result (exceljs#2943); the formula's own cell still holds it.
    const result = (v as ExcelJS.CellFormulaValue).result ?? (cell.master.result as ExcelJS.CellFormulaValue["result"]);
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && !(result instanceof Date)) return result.error;
    return typeof result === "string" ? cellText(result, cell.font?.name) : result;
  }
  if ("hyperlink" in v) {
    const text = (v as ExcelJS.CellHyperlinkValue).text;
    return typeof text === "string" ? cellText(text, cell.font?.name) : String(text ?? "");
  }
  if ("error" in v) return (v as ExcelJS.CellErrorValue).error;
  return String(v);
}
