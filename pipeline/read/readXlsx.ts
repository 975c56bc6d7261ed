import ExcelJS from "exceljs";
import type { Grid, GridCell, GridRow } from "./Grid.ts";
import type { RawValue } from "./RawValue.ts";
import { cellText } from "./cellText.ts";

export interface WorkbookSheets {
  visible: Grid[];
  hiddenNames: string[];
}

/**
 * Reads every sheet of an xlsx with exceljs' full (non-streaming) reader, which keeps
 * merged cells and hidden state. Formula cells yield their cached result.
 */
export async function readXlsx(data: Buffer): Promise<WorkbookSheets> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const visible: Grid[] = [];
  const hiddenNames: string[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== "visible") {
      hiddenNames.push(sheet.name);
      continue;
    }
    visible.push({ sheetName: sheet.name, rows: readRows(sheet) });
  }
  return { visible, hiddenNames };
}

function readRows(sheet: ExcelJS.Worksheet): GridRow[] {
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
    const result = (v as ExcelJS.CellFormulaValue).result;
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
