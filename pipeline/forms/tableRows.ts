import type { GridRow } from "../read/Grid.ts";
import type { Grid } from "../read/Grid.ts";
import { statusKey } from "../normalize/statusKey.ts";
import { cellString } from "./cellString.ts";
import type { FoundTable } from "./findTable.ts";

export interface TableRows {
  /** Non-empty rows of the table, in order. */
  rows: GridRow[];
  totalsRow: GridRow | null;
}

const TOTALS = new Set(["tổng cộng", "tổng", "tổng số", "cộng"]);

/**
 * The table's rows: from below the header to the totals row, or without one to the last row
 * with a value in a table column (level or status; counts for BM-02). Empty rows — nothing but
 * perhaps an STT number — and a column-numbering row right under the header are skipped.
 */
export function tableRows<F extends string>(grid: Grid, table: FoundTable<F>): TableRows {
  const sttCol = table.columns.get("stt" as F);
  const tableCols = table.form.tableFields.map((f) => table.columns.get(f)).filter((c): c is number => c !== undefined);
  const candidates: GridRow[] = [];
  let totalsRow: GridRow | null = null;
  let lastWithTableValue = -1;
  for (let i = table.headerIndex + 1; i < grid.rows.length; i++) {
    const row = grid.rows[i]!;
    if (isTotalsRow(row)) {
      totalsRow = row;
      break;
    }
    if (isEmptyRow(row, sttCol)) continue;
    if (candidates.length === 0 && i === table.headerIndex + 1 && isColumnNumbering(row)) continue;
    candidates.push(row);
    if (tableCols.some((c) => hasValue(row, c))) lastWithTableValue = candidates.length - 1;
  }
  return { rows: totalsRow ? candidates : candidates.slice(0, lastWithTableValue + 1), totalsRow };
}

export function isTotalsRow(row: GridRow): boolean {
  const first = row.cells.find((c) => c.value !== null && c.value !== undefined && cellString(c.value).trim() !== "");
  return first !== undefined && typeof first.value === "string" && TOTALS.has(statusKey(first.value));
}

function isEmptyRow(row: GridRow, sttCol: number | undefined): boolean {
  return row.cells.every((c, col) => col === sttCol || cellString(c.value).trim() === "");
}

function hasValue(row: GridRow, col: number): boolean {
  return cellString(row.cells[col]?.value).trim() !== "";
}

/** A row like "(1) (2) (3) …" or "1 2 3 …" under the header numbers the columns; it is not a system. */
function isColumnNumbering(row: GridRow): boolean {
  const values = row.cells.map((c) => cellString(c.value).trim()).filter((v) => v !== "");
  if (values.length < 3) return false;
  const numbers = values.map((v) => v.match(/^\(?(\d{1,2})\)?$/)?.[1]);
  if (numbers.some((n) => n === undefined)) return false;
  return numbers.every((n, i) => i === 0 || Number(n) === Number(numbers[i - 1]) + 1);
}
