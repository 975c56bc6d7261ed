import ExcelJS from "exceljs";
import type { Rng } from "./Rng.ts";
import type { Content, FilePlan, Placement, RenderResult } from "./types.ts";
import { Grid } from "./Grid.ts";
import { days } from "./days.ts";
import { encodeText } from "./encodeText.ts";
import { fixZipTimestamps } from "./fixZipTimestamps.ts";
import { gridToCsv } from "./gridToCsv.ts";
import { gridToSheet } from "./gridToSheet.ts";
import { layoutBm01 } from "./layoutBm01.ts";
import { layoutBm02 } from "./layoutBm02.ts";

const CREATORS = ["Microsoft Office User", "Administrator", "Admin", "may01", "User", "PC", "Windows User"];
const BM01_SHEETS = ["BM01", "Bieu 01", "Biểu 1", "Sheet1", "Danh muc HTTT", "DM HTTT", "BM-01"];
const BM02_SHEETS = ["BM02", "Tổng hợp", "Bieu 02", "TH", "BM-02"];
const STALE_SHEETS = ["Data", "Sheet2", "BM01 (cu)", "Ban cu", "Thang truoc"];
const GUIDE = [
  "HƯỚNG DẪN ĐIỀN BIỂU MẪU",
  "1. Mỗi hệ thống thông tin ghi trên một dòng; không gộp nhiều hệ thống vào một dòng.",
  "2. Cột cấp độ ghi số từ 1 đến 5 theo hồ sơ đề xuất cấp độ đã lập.",
  "3. Tình trạng phê duyệt ghi: Đã phê duyệt / Chưa phê duyệt / Đang thẩm định.",
  "4. Tình trạng triển khai phương án ghi: Đầy đủ / Một phần / Chưa triển khai.",
  "5. Kỳ báo cáo ghi theo tháng, ví dụ: Tháng 8/2024.",
  "6. Báo cáo tháng gửi chậm nhất ngày 20 của tháng báo cáo (Nghị định số 09/2019/NĐ-CP).",
];

function layout(content: Content, sheetName: string, plan: FilePlan, rng: Rng, target: "xlsx" | "csv", symbols: boolean) {
  if (content.form === "BM-01") {
    return layoutBm01(content, {
      sheetName,
      flags: plan.flags,
      rng,
      target,
      symbols,
      metaColumns: target === "csv" && plan.csv?.meta === "columns",
      dropImpl: plan.damage === "drop-impl-column",
    });
  }
  return layoutBm02(content, { sheetName, flags: plan.flags, rng, target });
}

function csvBytes(plan: FilePlan, rng: Rng): RenderResult {
  const variant = plan.csv ?? { encoding: "utf8-bom", sep: ",", meta: "block", eol: "\r\n" };
  const content = plan.contents[0];
  if (!content) throw new Error(`${plan.id}: CSV without content`);
  const { grid, rows } = layout(content, "", plan, rng, "csv", variant.encoding !== "windows-1258");
  const { text, lineOfRow } = gridToCsv(grid, variant.sep, variant.eol);
  return {
    bytes: encodeText(text, variant.encoding),
    placements: [{ sheet: "", rows: rows.map((r) => lineOfRow[r] ?? 0) }],
  };
}

function htmlBytes(plan: FilePlan, rng: Rng): RenderResult {
  const content = plan.contents[0];
  if (!content) throw new Error(`${plan.id}: HTML without content`);
  const { grid } = layout(content, "", plan, rng, "csv", true);
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const lines = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
    '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Bao cao</title></head>',
    '<body><table border="1">',
  ];
  for (let r = 1; r <= grid.rowCount; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= grid.colCount; c++) {
      const v = grid.get(r, c);
      const s = v === null ? "" : typeof v === "object" ? ("result" in v ? String(v.result) : "") : String(v);
      cells.push(`<td>${esc(s)}</td>`);
    }
    lines.push(`<tr>${cells.join("")}</tr>`);
  }
  lines.push("</table></body></html>");
  return { bytes: Buffer.from(lines.join("\r\n"), "utf8"), placements: plan.contents.map(() => ({ sheet: "", rows: [] })) };
}

/** An Excel owner file ("~$Book1.xlsx"): 165 bytes naming who has the workbook open. */
function lockBytes(rng: Rng): Buffer {
  const user = rng.pick(["Admin", "may01", "User", "Ke toan"]);
  const buf = Buffer.alloc(165, 0x20);
  buf[0] = user.length;
  buf.write(user, 1, "latin1");
  buf[54] = user.length;
  buf[55] = 0;
  buf.write(user, 56, "utf16le");
  return buf;
}

async function xlsxBytes(plan: FilePlan, rng: Rng): Promise<RenderResult> {
  const first = plan.contents[0];
  if (!first) throw new Error(`${plan.id}: workbook without content`);
  const wb = new ExcelJS.Workbook();
  const modified = days.toDate(first.reportDate);
  modified.setUTCHours(rng.int(7, 17), rng.int(0, 59), 0, 0);
  const created = days.toDate(days.add(first.reportDate, -rng.int(1, 20)));
  created.setUTCHours(rng.int(7, 10), 0, 0, 0);
  wb.creator = rng.pick(CREATORS);
  wb.lastModifiedBy = rng.chance(0.7) ? wb.creator : rng.pick(CREATORS);
  wb.created = created;
  wb.modified = modified;
  wb.lastPrinted = modified;

  const guide = plan.flags.has("guide-sheet") ? (rng.chance(0.5) ? "first" : "last") : null;
  const addGuide = () => {
    const g = new Grid("Hướng dẫn");
    GUIDE.forEach((line, i) => g.set(i + 1, 1, line));
    g.widths[1] = 90;
    gridToSheet(wb, g);
  };
  if (guide === "first") addGuide();

  const used = new Set<string>();
  const sheetName = (pool: string[]) => {
    const name = rng.pick(pool.filter((n) => !used.has(n)));
    used.add(name);
    return name;
  };
  const placements: Placement[] = [];
  for (const content of plan.contents) {
    const name = sheetName(content.form === "BM-01" ? BM01_SHEETS : BM02_SHEETS);
    const { grid, rows } = layout(content, name, plan, rng, "xlsx", true);
    gridToSheet(wb, grid);
    placements.push({ sheet: name, rows });
  }
  if (plan.stale) {
    const { grid } = layout(plan.stale, sheetName(STALE_SHEETS), plan, rng.fork("stale"), "xlsx", true);
    grid.state = rng.chance(0.8) ? "hidden" : "veryHidden";
    gridToSheet(wb, grid);
  }
  if (plan.flags.has("lookup-sheet")) {
    const g = new Grid("DM");
    ["Đã phê duyệt", "Chưa phê duyệt", "Đang thẩm định"].forEach((w, i) => g.set(i + 1, 1, w));
    ["Đầy đủ", "Một phần", "Chưa triển khai"].forEach((w, i) => g.set(i + 1, 2, w));
    g.state = "hidden";
    gridToSheet(wb, g);
  }
  if (guide === "last") addGuide();

  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  let bytes = fixZipTimestamps(raw, modified);
  if (plan.damage === "truncate") bytes = bytes.subarray(0, Math.floor(bytes.length * (0.35 + 0.3 * rng.next())));
  return { bytes, placements };
}

/** The bytes of a planned file, and where each content row landed. */
export async function renderFile(plan: FilePlan, root: Rng): Promise<RenderResult> {
  const rng = root.fork(`render:${plan.id}`);
  switch (plan.format) {
    case "empty":
      return { bytes: Buffer.alloc(0), placements: plan.contents.map(() => ({ sheet: "", rows: [] })) };
    case "lock":
      return { bytes: lockBytes(rng), placements: [] };
    case "html-xls":
      return htmlBytes(plan, rng);
    case "csv":
      return csvBytes(plan, rng);
    case "xlsx":
      return plan.damage === "csv-as-xlsx" ? csvBytes(plan, rng) : xlsxBytes(plan, rng);
  }
}
