import type { Grid, Cell } from "./Grid.ts";
import { dateText } from "./dateText.ts";

function text(v: Cell): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if ("date" in v) return dateText(v.date, "dd/mm/yyyy");
  if ("num" in v) return String(v.num);
  return String(v.result);
}

/**
 * Serialises a grid as delimited text, the way Excel exports a sheet: one
 * record per row, every record as wide as the sheet, fields quoted when they
 * hold the separator, a quote, a line break or surrounding spaces.
 * Also returns, for each grid row, the 1-based physical line it starts on.
 */
export function gridToCsv(g: Grid, sep: string, eol: string): { text: string; lineOfRow: number[] } {
  const ncol = g.colCount;
  const lineOfRow: number[] = [];
  const lines: string[] = [];
  let line = 1;
  for (let r = 1; r <= g.rowCount; r++) {
    const fields: string[] = [];
    for (let c = 1; c <= ncol; c++) {
      const s = text(g.get(r, c));
      const needs = s.includes(sep) || s.includes('"') || s.includes("\n") || s.includes("\r") || /^\s|\s$/.test(s);
      fields.push(needs ? `"${s.replace(/"/g, '""')}"` : s);
    }
    const rec = fields.join(sep);
    lineOfRow[r] = line;
    line += 1 + (rec.match(/\n/g)?.length ?? 0);
    lines.push(rec);
  }
  return { text: lines.join(eol) + eol, lineOfRow };
}
