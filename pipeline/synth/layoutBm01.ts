import type { Rng } from "./Rng.ts";
import type { Bm01Content, Bm01Row } from "./types.ts";
import { Grid, type Cell } from "./Grid.ts";
import { cellWords } from "./cellWords.ts";
import { dateText } from "./dateText.ts";
import { days } from "./days.ts";
import { layoutParts } from "./layoutParts.ts";

type Field =
  | "stt"
  | "code"
  | "name"
  | "operator"
  | "level"
  | "approval"
  | "decision"
  | "approvalDate"
  | "impl"
  | "lastCheck"
  | "monitoring"
  | "national"
  | "drill"
  | "note"
  | "vendor"
  | "url"
  | "platform"
  | "metaAgency"
  | "metaCode"
  | "metaPeriod"
  | "metaDate";

/** Header texts; the first is the canonical one. */
const HEADERS: Record<Field, string[]> = {
  stt: ["STT"],
  code: ["Mã hệ thống", "Mã HTTT"],
  name: ["Tên hệ thống thông tin", "Tên HTTT", "Hệ thống thông tin", "Tên hệ thống"],
  operator: ["Đơn vị vận hành", "Đơn vị quản lý, vận hành"],
  level: ["Cấp độ", "Cấp độ đề xuất", "Cấp độ ATTT"],
  approval: ["Tình trạng phê duyệt HSĐXCĐ", "Phê duyệt HSĐXCĐ", "Tình trạng phê duyệt hồ sơ đề xuất cấp độ"],
  decision: ["Số quyết định phê duyệt", "Số QĐ phê duyệt"],
  approvalDate: ["Ngày phê duyệt"],
  impl: ["Triển khai phương án", "Tình trạng triển khai phương án bảo đảm ATTT", "Triển khai PA"],
  lastCheck: ["Ngày kiểm tra, đánh giá gần nhất", "Kiểm tra, đánh giá gần nhất"],
  monitoring: ["Giám sát ATTT", "Giám sát, bảo vệ (lớp 2)"],
  national: ["Kết nối giám sát quốc gia", "Kết nối, chia sẻ (lớp 4)"],
  drill: ["Diễn tập thực chiến", "Năm diễn tập gần nhất"],
  note: ["Ghi chú"],
  vendor: ["Nhà cung cấp"],
  url: ["Địa chỉ truy cập (URL)"],
  platform: ["Nền tảng hạ tầng"],
  metaAgency: ["Cơ quan"],
  metaCode: ["Mã cơ quan"],
  metaPeriod: ["Kỳ báo cáo"],
  metaDate: ["Ngày báo cáo"],
};

const CANONICAL_ORDER: Field[] = [
  "stt",
  "code",
  "name",
  "operator",
  "level",
  "approval",
  "decision",
  "approvalDate",
  "impl",
  "lastCheck",
  "monitoring",
  "national",
  "drill",
  "note",
];

const OPTIONAL: [Field, number][] = [
  ["stt", 0.9],
  ["code", 0.35],
  ["operator", 0.75],
  ["decision", 0.4],
  ["approvalDate", 0.35],
  ["lastCheck", 0.35],
  ["monitoring", 0.25],
  ["national", 0.2],
  ["drill", 0.12],
  ["note", 0.45],
];

const PLATFORMS = ["Điện toán đám mây", "Máy chủ vật lý", "Ảo hóa tại Trung tâm dữ liệu"];
const ROMAN = ["I", "II", "III", "IV", "V"];
/** Fields that must stay clear of notes and signature lines below the table. */
const TABLE_END_FIELDS: Field[] = ["level", "approval", "impl"];

export interface Bm01LayoutOptions {
  sheetName: string;
  flags: Set<string>;
  rng: Rng;
  target: "xlsx" | "csv";
  /** Whether "✓" may be written (not in windows-1258). */
  symbols: boolean;
  /** CSV: agency, period and date as columns instead of a header block. */
  metaColumns: boolean;
  /** Leave out the implementation column (a file to be rejected). */
  dropImpl: boolean;
}

/**
 * Lays out a BM-01 register: optional title block, header block (agency,
 * period, report date), the table with the header variants, column order,
 * value spellings and mess chosen by the flags, an optional totals row with
 * COUNTA/COUNTIF formulas, and notes and signatures below.
 * Returns the grid and the row of each content row.
 */
export function layoutBm01(content: Bm01Content, o: Bm01LayoutOptions): { grid: Grid; rows: number[] } {
  const { flags, rng } = o;
  const xlsx = o.target === "xlsx";
  const g = new Grid(o.sheetName);

  // --- columns -------------------------------------------------------------
  const chosen = new Set<Field>(["name", "level", "approval", "impl"]);
  for (const [f, p] of OPTIONAL) if (rng.chance(p)) chosen.add(f);
  let fields = CANONICAL_ORDER.filter((f) => chosen.has(f));
  if (flags.has("extra-column")) {
    const extra = rng.pick<Field>(["vendor", "url", "platform"]);
    fields.splice(rng.int(1, fields.length), 0, extra);
  }
  if (flags.has("reordered")) {
    const keepStt = fields[0] === "stt" && rng.chance(0.7);
    const rest = rng.shuffle(fields.filter((f) => !(keepStt && f === "stt")));
    fields = keepStt ? ["stt", ...rest] : rest;
  }
  const twoRow = xlsx && flags.has("two-row-header") && !o.dropImpl;
  if (twoRow) {
    fields = fields.filter((f) => f !== "impl");
    fields.splice(fields.indexOf("approval") + 1, 0, "impl");
  }
  if (o.dropImpl) fields = fields.filter((f) => f !== "impl");
  if (o.metaColumns) {
    const meta: Field[] = ["metaAgency", ...(flags.has("code-in-block") ? (["metaCode"] as Field[]) : []), "metaPeriod", "metaDate"];
    fields = rng.chance(0.7) ? [...meta, ...fields] : [...fields, ...meta];
  }
  const ncol = fields.length;
  const col = (f: Field) => fields.indexOf(f) + 1;

  const headers = fields.map((f) => {
    const variants = HEADERS[f];
    return flags.has("header-variants") ? rng.pick(variants) : (variants[0] ?? f);
  });
  if (flags.has("header-linebreak")) {
    const candidates = headers.map((h, i) => (h.includes(" ") ? i : -1)).filter((i) => i >= 0);
    for (const i of rng.sample(candidates, rng.int(1, 2))) {
      const h = headers[i] ?? "";
      const spaces = [...h.matchAll(/ /g)].map((m) => m.index ?? 0);
      const at = rng.pick(spaces);
      headers[i] = `${h.slice(0, at)}\n${h.slice(at + 1)}`;
    }
  }

  // --- value styles ----------------------------------------------------------
  const approvalDialect = flags.has("status-synonyms")
    ? rng.pick(cellWords.approvalDialects(o.symbols).filter((d) => d !== "canonical"))
    : "canonical";
  const implDialect = flags.has("status-synonyms") && rng.chance(0.6) ? rng.pick(["long", "mixed"]) : "canonical";
  const yesNoDialect = rng.pick(o.symbols ? ["yes", "x", "check"] : ["yes", "x"]);
  const nationalDialect = rng.chance(0.5) ? "connected" : yesNoDialect;
  const otherDateStyles = xlsx
    ? ["dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "d-m-yyyy", "iso", "cell", "serial"]
    : ["dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "d-m-yyyy", "iso"];
  const mainDateStyle = rng.pick(otherDateStyles);
  const mixDates = rng.chance(0.4);
  const dateCell = (ymd: string | null, style?: string): Cell => {
    if (!ymd) return null;
    const s = style ?? (mixDates && rng.chance(0.3) ? rng.pick(otherDateStyles) : mainDateStyle);
    if (s === "cell") return xlsx ? { date: ymd } : dateText(ymd, "dd/mm/yyyy");
    if (s === "serial") return xlsx ? days.serial(ymd) : dateText(ymd, "dd/mm/yyyy");
    return dateText(ymd, s);
  };
  const reportDateStyle = [...flags].find((f) => f.startsWith("date:"))?.slice(5) ?? "dd/mm/yyyy";
  const reportDateCell = dateCell(content.reportDate, reportDateStyle);
  const reportDateText = typeof reportDateCell === "string" ? reportDateCell : dateText(content.reportDate, "dd/mm/yyyy");

  // --- title block -------------------------------------------------------------
  let r = 1;
  if (flags.has("title")) {
    r = layoutParts.title(g, {
      full: flags.has("title-full") && ncol >= 6,
      ncol,
      issuer: content.issuer,
      form: "BIỂU MẪU BM-01",
      title: "DANH MỤC HỆ THỐNG THÔNG TIN VÀ TÌNH TRẠNG BẢO ĐẢM AN TOÀN THÔNG TIN THEO CẤP ĐỘ",
      reportDate: content.reportDate,
      xlsx,
      rng,
    });
  }

  // --- header block ------------------------------------------------------------
  if (!o.metaColumns) {
    const entries: [string, Cell][] = [[rng.pick(["Cơ quan báo cáo", "Tên cơ quan", "Đơn vị báo cáo"]), content.agencyLabel]];
    if (flags.has("code-in-block") && content.codeLabel) entries.push(["Mã cơ quan", content.codeLabel]);
    entries.push(["Kỳ báo cáo", content.periodLabel], ["Ngày báo cáo", reportDateCell]);
    r = layoutParts.headerBlock(g, r, entries, {
      col: xlsx && rng.chance(0.4) ? 2 : 1,
      colon: rng.chance(0.3),
      mergedLabels: xlsx && flags.has("merged-labels"),
    });
    r += 1;
    if (xlsx && rng.chance(0.3) && r + (twoRow ? 1 : 0) < 15) r += 1;
  }

  // --- table header --------------------------------------------------------------
  const headerRow = r;
  if (twoRow) {
    const ca = col("approval");
    const ci = col("impl");
    fields.forEach((f, i) => {
      const c = i + 1;
      if (f === "approval" || f === "impl") return;
      g.set(headerRow, c, headers[i] ?? "");
      g.merge(headerRow, c, headerRow + 1, c);
    });
    g.set(headerRow, ca, "Tình trạng");
    g.merge(headerRow, ca, headerRow, ci);
    g.set(headerRow + 1, ca, "Phê duyệt HSĐXCĐ");
    g.set(headerRow + 1, ci, "Triển khai phương án");
    g.boldRows.add(headerRow).add(headerRow + 1);
    g.wrapRows.add(headerRow).add(headerRow + 1);
    r = headerRow + 2;
  } else {
    headers.forEach((h, i) => g.set(headerRow, i + 1, h));
    g.boldRows.add(headerRow);
    g.wrapRows.add(headerRow);
    r = headerRow + 1;
  }
  fields.forEach((f, i) => (g.widths[i + 1] = f === "name" ? 46 : f === "operator" ? 30 : f === "stt" ? 6 : 16));

  // --- data rows -------------------------------------------------------------------
  const firstData = r;
  const rowsOut: number[] = [];
  const blankBefore = new Set<number>();
  if (flags.has("blank-rows") && content.rows.length > 3) {
    for (const i of rng.sample(range(1, content.rows.length - 1), rng.int(1, 2))) blankBefore.add(i);
  }
  const hiddenIndex =
    xlsx && flags.has("hidden-row") && content.rows.length > 2 ? rng.int(1, content.rows.length - 1) : -1;
  let seq = 0;
  content.rows.forEach((row, i) => {
    if (blankBefore.has(i)) r++;
    seq++;
    rowsOut.push(r);
    if (i === hiddenIndex) g.hiddenRows.add(r);
    fields.forEach((f, k) => g.set(r, k + 1, cellFor(f, row, r, seq)));
    r++;
  });
  const lastData = r - 1;

  function sttCell(rowNo: number, n: number): Cell {
    if (flags.has("stt-formula") && rng.chance(0.8)) {
      return xlsx ? { formula: `ROW()-${firstData - 1}`, result: rowNo - (firstData - 1) } : String(rowNo - (firstData - 1));
    }
    if (flags.has("numbers-as-text") && rng.chance(0.5)) return String(n);
    return xlsx ? n : String(n);
  }

  function levelCell(row: Bm01Row): Cell {
    const lv = row.level;
    if (lv.kind === "blank") return null;
    if (lv.kind === "invalid") return xlsx ? lv.raw : String(lv.raw);
    const n = lv.n;
    if (xlsx && flags.has("level-formula") && rng.chance(0.5)) return { formula: `VALUE("${n}")`, result: n };
    if (flags.has("level-variants") && rng.chance(0.6)) return rng.pick([`Cấp độ ${n}`, `Cấp ${n}`, ROMAN[n - 1] ?? String(n), ` ${n} `]);
    if (flags.has("numbers-as-text") && rng.chance(0.5)) return String(n);
    return xlsx ? n : String(n);
  }

  function noisy(text: string | null): Cell {
    if (text === null) return null;
    return flags.has("status-case") && rng.chance(0.35) ? cellWords.noise(text, rng) : text;
  }

  function cellFor(f: Field, row: Bm01Row, rowNo: number, n: number): Cell {
    switch (f) {
      case "stt":
        return sttCell(rowNo, n);
      case "code":
        return row.code;
      case "name":
        return row.name;
      case "operator":
        return row.operator;
      case "level":
        return levelCell(row);
      case "approval":
        return noisy(cellWords.approval(row.approval, row.approvalRaw, approvalDialect, rng, o.symbols));
      case "impl":
        return noisy(cellWords.impl(row.impl, row.implRaw, implDialect, rng));
      case "decision":
        return row.decisionNo;
      case "approvalDate":
        return dateCell(row.approvalDate);
      case "lastCheck":
        return dateCell(row.lastCheck);
      case "monitoring":
        return cellWords.yesNo(row.monitored, yesNoDialect);
      case "national":
        return cellWords.yesNo(row.connected, nationalDialect);
      case "drill":
        return row.drillYear === null ? null : xlsx && rng.chance(0.7) ? row.drillYear : String(row.drillYear);
      case "note":
        return row.note;
      case "vendor":
        return row.vendor;
      case "url":
        return row.url;
      case "platform":
        return PLATFORMS[Math.floor((row.code.charCodeAt(row.code.length - 1) * 7) % PLATFORMS.length)] ?? null;
      case "metaAgency":
        return content.agencyLabel;
      case "metaCode":
        return content.codeLabel;
      case "metaPeriod":
        return content.periodLabel;
      case "metaDate":
        return reportDateText;
    }
  }

  // --- totals row ----------------------------------------------------------------------
  if (flags.has("totals") && content.rows.length > 0 && !o.metaColumns) {
    const tr = lastData + 1;
    g.set(tr, 1, rng.pick(["Tổng cộng", "TỔNG CỘNG", "Tổng", "Cộng", "Tổng số"]));
    g.boldRows.add(tr);
    const formulaCols: number[] = [];
    const countIf = (c: number, word: string) => {
      let n = 0;
      for (let rr = firstData; rr <= lastData; rr++) {
        const v = g.get(rr, c);
        if (typeof v === "string" && v.toLowerCase() === word.toLowerCase()) n++;
      }
      return n;
    };
    const put = (c: number, formula: string, result: number) => {
      if (c <= 1) return;
      g.set(tr, c, xlsx ? { formula, result } : String(result));
      formulaCols.push(c);
    };
    const rangeOf = (c: number) => `${layoutParts.colLetter(c)}${firstData}:${layoutParts.colLetter(c)}${lastData}`;
    const cn = col("name");
    let filled = 0;
    for (let rr = firstData; rr <= lastData; rr++) {
      const v = g.get(rr, cn);
      if (v !== null && v !== "") filled++;
    }
    put(cn, `COUNTA(${rangeOf(cn)})`, filled);
    const aw = cellWords.approvedWord(approvalDialect);
    put(col("approval"), `COUNTIF(${rangeOf(col("approval"))},"${aw}")`, countIf(col("approval"), aw));
    if (!o.dropImpl) {
      const fw = cellWords.fullWord(implDialect);
      put(col("impl"), `COUNTIF(${rangeOf(col("impl"))},"${fw}")`, countIf(col("impl"), fw));
    }
    const firstFormula = Math.min(...formulaCols, ncol + 1);
    if (xlsx && firstFormula - 1 >= 2) g.merge(tr, 1, tr, firstFormula - 1);
    r = tr + 1;
  } else {
    r = lastData + 1;
  }

  // --- notes and signatures ----------------------------------------------------------------
  if (flags.has("notes") && !o.metaColumns) {
    const safe = fields.map((f, i) => (TABLE_END_FIELDS.includes(f) ? -1 : i + 1)).filter((c) => c > 0);
    const left = safe[0] ?? ncol + 1;
    const right = safe.length > 1 && (safe[safe.length - 1] ?? 0) > left + 1 ? (safe[safe.length - 1] ?? ncol + 1) : ncol + 1;
    layoutParts.notes(g, r + 1, left, right, {
      place: content.place,
      reportDate: content.reportDate,
      signer: content.agencyCode?.startsWith("T") || content.agencyCode?.startsWith("N") ? "KT. GIÁM ĐỐC" : rng.pick(["TL. BỘ TRƯỞNG", "KT. THỦ TRƯỞNG", "GIÁM ĐỐC"]),
      rng,
    });
  }

  if (flags.has("nfd")) g.mapStrings((s) => s.normalize("NFD"));
  return { grid: g, rows: rowsOut };
}

function range(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = lo; i <= hi; i++) out.push(i);
  return out;
}
