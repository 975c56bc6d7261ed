import type { CellValue, Table } from "./Table.ts";
import { inertCsvText } from "../safety/inertCsvText.ts";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * A table as CSV for Excel and data tools: UTF-8 with BOM, comma-separated, CRLF line ends, RFC 4180
 * quoting; text made inert against formula injection; numbers written plain (decimal point, no grouping).
 */
export function tableToCsv(table: Table): Buffer {
  const lines = [table.columns.map((c) => field(c.header)), ...table.rows.map((row) => row.values.map(field))];
  return Buffer.concat([BOM, Buffer.from(lines.map((fields) => `${fields.join(",")}\r\n`).join(""), "utf8")]);
}

function field(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value);
  const text = inertCsvText(value.normalize("NFC"));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// Rates keep six decimals (0.880952): enough to re-derive any rank, short enough to read.
function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return "";
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}
