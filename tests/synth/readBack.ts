/**
 * A deliberately small, independent reader of generated BM-01 files, used by
 * the tests to cross-check the answer key the generator computed from its
 * plans. It follows the contract's rules only as far as the generator's
 * files need; it is not the pipeline's parser.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

export type Raw = string | number | null;

export interface Table {
  sheet: string;
  /** Row number (spreadsheet row or CSV physical line) and cells, 1-based columns. */
  rows: { n: number; cells: Raw[] }[];
}

export const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

const NAME = ["tên hệ thống thông tin", "tên httt", "hệ thống thông tin", "tên hệ thống"];
const LEVEL = ["cấp độ", "cấp độ đề xuất", "cấp độ attt"];
const APPROVAL = ["tình trạng phê duyệt hsđxcđ", "phê duyệt hsđxcđ", "tình trạng phê duyệt hồ sơ đề xuất cấp độ"];
const IMPL = ["triển khai phương án", "tình trạng triển khai phương án bảo đảm attt", "triển khai pa"];
const APPROVED = new Set(["đã phê duyệt", "đã pd", "có", "x", "✓"]);
const FULL = new Set(["đầy đủ", "đã triển khai đầy đủ"]);
const TOTALS = new Set(["tổng cộng", "tổng", "cộng", "tổng số"]);
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };

function cellRaw(v: ExcelJS.CellValue): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number") return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object" && "result" in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    return typeof r === "number" || typeof r === "string" ? r : null;
  }
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  return String(v);
}

export async function xlsxTables(path: string): Promise<Table[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Table[] = [];
  wb.eachSheet((ws) => {
    if (ws.state !== "visible") return;
    const rows: Table["rows"] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: Raw[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => (cells[c] = cellRaw(cell.value)));
      rows.push({ n, cells });
    });
    out.push({ sheet: ws.name, rows });
  });
  return out;
}

export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, "windows1258");
  }
}

/** Splits delimited text into records, keeping the physical line each starts on. */
export function csvTable(path: string): Table {
  const text = decodeText(readFileSync(path));
  const first = text.split(/\r?\n/).slice(0, 8).join("\n");
  const sep = first.includes("\t") ? "\t" : (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: Table["rows"] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const cells: Raw[] = [null];
    let field = "";
    let quoted = false;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else {
          if (ch === "\n") line++;
          field += ch;
        }
      } else if (ch === '"' && field === "") quoted = true;
      else if (ch === sep) {
        cells.push(field === "" ? null : field);
        field = "";
      } else if (ch === "\r" && text[i + 1] === "\n") continue;
      else if (ch === "\n") {
        line++;
        i++;
        break;
      } else field += ch;
    }
    cells.push(field === "" ? null : field);
    rows.push({ n: start, cells });
  }
  return { sheet: "", rows };
}

function level(v: Raw | undefined): number | "blank" | "invalid" {
  if (v === null || v === undefined) return "blank";
  if (typeof v === "number") return Number.isInteger(v) && v >= 1 && v <= 5 ? v : "invalid";
  const s = norm(v);
  if (s === "") return "blank";
  const m = /^(?:cấp độ|cấp)?\s*(\d+|i{1,3}|iv|v)$/.exec(s);
  if (!m) return "invalid";
  const n = ROMAN[m[1] ?? ""] ?? Number(m[1]);
  return n >= 1 && n <= 5 ? n : "invalid";
}

const text = (v: Raw | undefined) => (v === null || v === undefined ? "" : norm(String(v)));

export interface Bm01Reading {
  sheet: string;
  total: number;
  approved: number;
  implemented: number;
  setAside: { row: number; reason: string }[];
}

/** Reads the BM-01 table of a sheet, or null if the sheet has no BM-01 header. */
export function readBm01(t: Table): Bm01Reading | null {
  const hi = t.rows.findIndex((r) => r.cells.some((c) => NAME.includes(text(c))) && r.cells.some((c) => LEVEL.includes(text(c))));
  if (hi < 0) return null;
  const header = t.rows[hi]!;
  const col = (names: string[], cells: Raw[]) => cells.findIndex((c) => names.includes(text(c)));
  const cName = col(NAME, header.cells);
  const cLevel = col(LEVEL, header.cells);
  let cAppr = col(APPROVAL, header.cells);
  let cImpl = col(IMPL, header.cells);
  let first = hi + 1;
  if (cAppr < 0 && header.cells.some((c) => text(c) === "tình trạng")) {
    const sub = t.rows[hi + 1]!;
    cAppr = col(APPROVAL, sub.cells);
    cImpl = col(IMPL, sub.cells);
    first = hi + 2;
  }
  if (cAppr < 0 || cImpl < 0) throw new Error(`${t.sheet}: status columns not found`);
  let end = t.rows.length;
  for (let k = first; k < t.rows.length; k++) {
    const firstCell = t.rows[k]!.cells.find((c) => c !== null && text(c) !== "");
    if (firstCell !== undefined && TOTALS.has(text(firstCell))) {
      end = k;
      break;
    }
  }
  let last = first - 1;
  for (let k = first; k < end; k++) {
    const c = t.rows[k]!.cells;
    if ([cLevel, cAppr, cImpl].some((i) => text(c[i] ?? null) !== "")) last = k;
  }
  const out: Bm01Reading = { sheet: t.sheet, total: 0, approved: 0, implemented: 0, setAside: [] };
  const sttCol = header.cells.findIndex((c) => text(c) === "stt");
  for (let k = first; k <= last; k++) {
    const { n, cells } = t.rows[k]!;
    const nonEmpty = cells.map((c, i) => (text(c) !== "" && i !== sttCol ? i : -1)).filter((i) => i > 0);
    if (nonEmpty.length === 0) continue;
    const name = text(cells[cName] ?? null);
    const lv = level(cells[cLevel] ?? null);
    if (name === "") out.setAside.push({ row: n, reason: "missing system name" });
    else if (lv === "blank") out.setAside.push({ row: n, reason: "missing level" });
    else if (lv === "invalid") out.setAside.push({ row: n, reason: "invalid level" });
    else {
      out.total++;
      if (APPROVED.has(text(cells[cAppr] ?? null))) {
        out.approved++;
        if (FULL.has(text(cells[cImpl] ?? null))) out.implemented++;
      }
    }
  }
  return out;
}
