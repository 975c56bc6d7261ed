import type { Rng } from "./Rng.ts";
import type { Bm02Content, Bm02Row } from "./types.ts";
import { Grid, type Cell } from "./Grid.ts";
import { dateText } from "./dateText.ts";
import { days } from "./days.ts";
import { layoutParts } from "./layoutParts.ts";

type Field = "stt" | "agency" | "code" | "total" | "approved" | "rateA" | "impl" | "rateI" | "l1" | "l2" | "l3" | "l4" | "l5";

const HEADERS: Record<Field, string[]> = {
  stt: ["STT"],
  agency: ["Cơ quan", "Bộ, ngành, địa phương", "Tên cơ quan"],
  code: ["Mã cơ quan"],
  total: ["Tổng số HTTT", "Tổng số hệ thống thông tin"],
  approved: ["Số HTTT đã được phê duyệt HSĐXCĐ", "Đã phê duyệt"],
  rateA: ["Tỷ lệ phê duyệt (%)"],
  impl: ["Số HTTT đã triển khai đầy đủ phương án", "Đã triển khai đầy đủ"],
  rateI: ["Tỷ lệ triển khai (%)"],
  l1: ["Cấp độ 1"],
  l2: ["Cấp độ 2"],
  l3: ["Cấp độ 3"],
  l4: ["Cấp độ 4"],
  l5: ["Cấp độ 5"],
};

/** `1038` → `1.038` (Vietnamese thousands separator). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** `0.6923` → `69,2%` (decimal comma), with 1 or 2 decimals. */
function rateText(x: number, decimals: number): string {
  return `${(x * 100).toFixed(decimals).replace(".", ",")}%`;
}

export interface Bm02LayoutOptions {
  sheetName: string;
  flags: Set<string>;
  rng: Rng;
  target: "xlsx" | "csv";
}

/**
 * Lays out a BM-02 summary: header block naming the agency (or the
 * consolidating office), one row per agency with counts (numbers, or text
 * with thousands separators), stated rates in several notations, optional
 * per-level columns, and for consolidated sheets a "Tổng cộng" row with SUM
 * formulas. Returns the grid and the row of each content row.
 */
export function layoutBm02(content: Bm02Content, o: Bm02LayoutOptions): { grid: Grid; rows: number[] } {
  const { flags, rng } = o;
  const xlsx = o.target === "xlsx";
  const g = new Grid(o.sheetName);

  let fields: Field[] = [];
  if (rng.chance(0.9)) fields.push("stt");
  fields.push("agency");
  if (flags.has("code-column")) fields.push("code");
  fields.push("total", "approved");
  const rates = rng.chance(0.75);
  if (rates) fields.push("rateA");
  fields.push("impl");
  if (rates) fields.push("rateI");
  if (flags.has("level-columns")) fields.push("l1", "l2", "l3", "l4", "l5");
  if (flags.has("reordered")) {
    const head = fields.filter((f) => f === "stt" || f === "agency");
    fields = [...head, ...rng.shuffle(fields.filter((f) => f !== "stt" && f !== "agency"))];
  }
  const ncol = fields.length;
  const col = (f: Field) => fields.indexOf(f) + 1;
  const headers = fields.map((f) => (flags.has("header-variants") ? rng.pick(HEADERS[f]) : (HEADERS[f][0] ?? f)));

  const rateStyle = xlsx ? rng.pick(["text1", "text2", "percent", "formula"]) : rng.pick(["text1", "text2"]);
  const reportDateStyle = [...flags].find((f) => f.startsWith("date:"))?.slice(5) ?? "dd/mm/yyyy";
  const reportDateCell: Cell =
    reportDateStyle === "cell" && xlsx
      ? { date: content.reportDate }
      : reportDateStyle === "serial" && xlsx
        ? days.serial(content.reportDate)
        : dateText(content.reportDate, ["cell", "serial"].includes(reportDateStyle) ? "dd/mm/yyyy" : reportDateStyle);

  let r = 1;
  if (flags.has("title")) {
    r = layoutParts.title(g, {
      full: flags.has("title-full") && ncol >= 6,
      ncol,
      issuer: content.issuer,
      form: "BIỂU MẪU BM-02",
      title: content.consolidated
        ? "TỔNG HỢP SỐ LIỆU BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG"
        : "TỔNG HỢP SỐ LIỆU BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ",
      reportDate: content.reportDate,
      xlsx,
      rng,
    });
  }
  r = layoutParts.headerBlock(
    g,
    r,
    [
      [rng.pick(["Cơ quan báo cáo", "Đơn vị báo cáo", "Tên cơ quan"]), content.officeLabel],
      ["Kỳ báo cáo", content.periodLabel],
      ["Ngày báo cáo", reportDateCell],
    ],
    { col: xlsx && rng.chance(0.4) ? 2 : 1, colon: rng.chance(0.3), mergedLabels: xlsx && flags.has("merged-labels") },
  );
  r += 1;
  const headerRow = r;
  headers.forEach((h, i) => g.set(headerRow, i + 1, h));
  g.boldRows.add(headerRow);
  g.wrapRows.add(headerRow);
  fields.forEach((f, i) => (g.widths[i + 1] = f === "agency" ? 40 : f === "stt" ? 6 : 16));
  r++;

  const firstData = r;
  const countCell = (n: number): Cell => {
    if (!xlsx) return n >= 1000 ? thousands(n) : String(n);
    if (n >= 1000) return rng.chance(0.8) ? thousands(n) : n;
    return flags.has("numbers-as-text") && rng.chance(0.5) ? String(n) : n;
  };
  const rateCell = (x: number | null, num: Field, den: Field, rowNo: number): Cell => {
    if (x === null) return null;
    switch (rateStyle) {
      case "text1":
        return rateText(x, 1);
      case "text2":
        return rateText(x, 2);
      case "percent":
        return { num: Math.round(x * 10000) / 10000, fmt: "0.0%" };
      default: {
        const n = layoutParts.colLetter(col(num));
        const d = layoutParts.colLetter(col(den));
        return { formula: `IFERROR(${n}${rowNo}/${d}${rowNo},"")`, result: Math.round(x * 1e6) / 1e6, fmt: "0.0%" };
      }
    }
  };
  const rowsOut: number[] = [];
  content.rows.forEach((row: Bm02Row, i) => {
    rowsOut.push(r);
    for (const f of fields) {
      const c = col(f);
      switch (f) {
        case "stt":
          g.set(r, c, xlsx && flags.has("stt-formula") ? { formula: `ROW()-${firstData - 1}`, result: i + 1 } : xlsx ? i + 1 : String(i + 1));
          break;
        case "agency":
          g.set(r, c, row.agencyLabel);
          break;
        case "code":
          g.set(r, c, row.codeLabel);
          break;
        case "total":
          g.set(r, c, countCell(row.total));
          break;
        case "approved":
          g.set(r, c, countCell(row.approved));
          break;
        case "impl":
          g.set(r, c, countCell(row.implemented));
          break;
        case "rateA":
          g.set(r, c, rateCell(row.statedApprovalRate, "approved", "total", r));
          break;
        case "rateI":
          g.set(r, c, rateCell(row.statedImplRate, "impl", "total", r));
          break;
        default: {
          const k = Number(f.slice(1)) - 1;
          g.set(r, c, countCell(row.levels[k] ?? 0));
        }
      }
    }
    r++;
  });
  const lastData = r - 1;

  if (content.consolidated && content.rows.length > 1) {
    const tr = lastData + 1;
    g.set(tr, 1, rng.pick(["Tổng cộng", "TỔNG CỘNG", "Tổng cộng"]));
    g.boldRows.add(tr);
    const sums = new Map<Field, number>();
    for (const f of ["total", "approved", "impl", "l1", "l2", "l3", "l4", "l5"] as Field[]) {
      if (!fields.includes(f)) continue;
      const c = col(f);
      let s = 0;
      for (let rr = firstData; rr <= lastData; rr++) {
        const v = g.get(rr, c);
        if (typeof v === "number") s += v; // SUM ignores text, as Excel does
      }
      sums.set(f, s);
      const L = layoutParts.colLetter(c);
      g.set(tr, c, xlsx ? { formula: `SUM(${L}${firstData}:${L}${lastData})`, result: s } : String(s));
    }
    const tot = sums.get("total") ?? 0;
    if (fields.includes("rateA") && tot > 0) g.set(tr, col("rateA"), rateText((sums.get("approved") ?? 0) / tot, 1));
    if (fields.includes("rateI") && tot > 0) g.set(tr, col("rateI"), rateText((sums.get("impl") ?? 0) / tot, 1));
    const firstValue = Math.min(...fields.map((f, i) => (["stt", "agency", "code"].includes(f) ? ncol + 1 : i + 1)));
    if (xlsx && firstValue - 1 >= 2) g.merge(tr, 1, tr, firstValue - 1);
    r = tr + 1;
  }

  // Notes only below a totals row: without one, a note line would read as an agency row.
  if (flags.has("notes") && content.consolidated && content.rows.length > 1) {
    layoutParts.notes(g, r + 1, col("agency"), Math.min(ncol, col("agency") + 3), {
      place: content.place,
      reportDate: content.reportDate,
      signer: content.consolidated ? "KT. CỤC TRƯỞNG" : rng.pick(["TL. BỘ TRƯỞNG", "KT. GIÁM ĐỐC", "GIÁM ĐỐC"]),
      rng,
    });
  }

  if (flags.has("nfd")) g.mapStrings((s) => s.normalize("NFD"));
  return { grid: g, rows: rowsOut };
}
