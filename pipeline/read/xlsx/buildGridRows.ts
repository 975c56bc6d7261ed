import type { GridCell, GridRow } from "../Grid.ts";
import type { ReadLimits } from "../ReadLimits.ts";
import type { CellRaw } from "./CellRaw.ts";
import type { CellStyle } from "./CellStyle.ts";
import type { ParsedRow } from "./ParsedRow.ts";
import type { ParsedSheet } from "./ParsedSheet.ts";
import { Declined } from "./Declined.ts";
import { rawToValue } from "./rawToValue.ts";
import { columnStyles } from "./columnStyles.ts";
import { mergedStyle } from "./mergedStyle.ts";

/** A cell a merge turned into a copy of its range's anchor. */
interface MergedCell {
  raw: CellRaw;
  style: CellStyle | null;
  mergedFrom: number;
}

/**
 * The grid rows of a visible sheet exactly as readXlsx's readRows builds them from exceljs: rows with
 * at least one value in ascending order, each cell at its column, gaps filled with empty cells, merged
 * cells carrying their anchor's value (decoded by their own font) and `mergedFrom`. Declines where
 * readXlsx would reject the sheet for its size.
 */
export function buildGridRows(sheet: ParsedSheet, sheetName: string, limits: ReadLimits): GridRow[] {
  const merged = sheet.merges.length > 0 ? mergedCells(sheet) : null;
  const out: GridRow[] = [];
  if (!merged) {
    for (const row of sheet.rows) {
      const cells = rowCells(row, null);
      if (cells) out.push(checked({ rowNumber: row.rowNumber, cells }, sheetName, limits));
    }
  } else {
    const byNumber = new Map(sheet.rows.map((r) => [r.rowNumber, r]));
    const numbers = [...new Set([...byNumber.keys(), ...merged.keys()])].sort((a, b) => a - b);
    for (const rowNumber of numbers) {
      const row = byNumber.get(rowNumber) ?? { rowNumber, style: null, cols: [], raws: [], styles: [] };
      const cells = rowCells(row, merged.get(rowNumber) ?? null);
      if (cells) out.push(checked({ rowNumber, cells }, sheetName, limits));
    }
  }
  if (out.length > limits.max_rows_per_sheet) throw new Declined(`sheet "${sheetName}" over the row limit`);
  return out;
}

function rowCells(row: ParsedRow, merged: Map<number, MergedCell> | null): GridCell[] | null {
  let last = 0;
  for (let k = row.cols.length - 1; k >= 0; k--) {
    if (row.raws[k] !== null) {
      last = row.cols[k]!;
      break;
    }
  }
  if (merged) for (const col of merged.keys()) if (col > last) last = col;
  if (last === 0) return null;
  const cells = new Array<GridCell>(last);
  for (let k = 0; k < row.cols.length; k++) {
    const raw = row.raws[k]!;
    if (raw === null) continue;
    const style = row.styles[k]!;
    cells[row.cols[k]! - 1] = { value: rawToValue(raw, style), numFmt: style?.numFmt || undefined };
  }
  if (merged) {
    for (const [col, cell] of merged) {
      cells[col - 1] = { value: rawToValue(cell.raw, cell.style), numFmt: cell.style?.numFmt || undefined, mergedFrom: cell.mergedFrom };
    }
  }
  for (let i = 0; i < last; i++) if (!cells[i]) cells[i] = { value: null };
  return cells;
}

function checked(row: GridRow, sheetName: string, limits: ReadLimits): GridRow {
  if (row.cells.length > limits.max_cells_per_row) throw new Declined(`sheet "${sheetName}" row ${row.rowNumber} over the cell limit`);
  return row;
}

/** The non-anchor cells of every merged range, by row then column, as exceljs' mergeCells leaves them. */
function mergedCells(sheet: ParsedSheet): Map<number, Map<number, MergedCell>> {
  const byNumber = new Map(sheet.rows.map((r) => [r.rowNumber, r]));
  const columns = sheet.cols.length > 0 ? columnStyles(sheet.cols) : [];
  const find = (rowNumber: number, col: number): { raw: CellRaw; style: CellStyle | null } | null => {
    const row = byNumber.get(rowNumber);
    const k = row ? row.cols.indexOf(col) : -1;
    return k < 0 ? null : { raw: row!.raws[k]!, style: row!.styles[k]! };
  };
  const merged = new Map<number, Map<number, MergedCell>>();
  for (const range of sheet.merges) {
    const master = find(range.top, range.left)?.raw ?? null;
    for (let r = range.top; r <= range.bottom; r++) {
      let row = merged.get(r);
      for (let c = range.left; c <= range.right; c++) {
        if (r === range.top && c === range.left) continue;
        // A cell already in the sheet keeps its own style; one the merge creates takes the row's or column's.
        const existing = find(r, c);
        const style = existing ? existing.style : mergedStyle(byNumber.get(r)?.style ?? null, columns[c] ?? null);
        if (!row) merged.set(r, (row = new Map()));
        row.set(c, { raw: master, style, mergedFrom: r === range.top ? range.left - 1 : -1 });
      }
    }
  }
  return merged;
}
