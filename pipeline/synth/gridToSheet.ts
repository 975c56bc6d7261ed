import type ExcelJS from "exceljs";
import type { Grid } from "./Grid.ts";
import { days } from "./days.ts";

/** Writes a laid-out grid into a new worksheet of the workbook. */
export function gridToSheet(wb: ExcelJS.Workbook, g: Grid): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(g.name, { state: g.state });
  g.rows.forEach((row, r) => {
    if (!row || r === 0) return;
    const bold = g.boldRows.has(r);
    const wrap = g.wrapRows.has(r);
    row.forEach((v, c) => {
      if (v === null || v === undefined || c === 0) return;
      const cell = ws.getCell(r, c);
      if (typeof v === "string" || typeof v === "number") cell.value = v;
      else if ("date" in v) {
        cell.value = days.toDate(v.date);
        cell.numFmt = "dd/mm/yyyy";
      } else if ("num" in v) {
        cell.value = v.num;
        cell.numFmt = v.fmt;
      } else {
        cell.value = { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
        if (v.fmt) cell.numFmt = v.fmt;
      }
      if (bold) cell.font = { bold: true };
      if (wrap) cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    });
  });
  for (const [r1, c1, r2, c2] of g.merges) ws.mergeCells(r1, c1, r2, c2);
  for (const r of g.hiddenRows) ws.getRow(r).hidden = true;
  g.widths.forEach((w, c) => {
    if (c > 0 && w) ws.getColumn(c).width = w;
  });
  return ws;
}
