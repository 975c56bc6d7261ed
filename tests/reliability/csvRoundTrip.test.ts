import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { loadRegistry } from "../../pipeline/registry/index.ts";
import { parseFile } from "../../pipeline/ingest/parseFile.ts";
import { vietnameseText } from "../../bench/fuzz/vietnameseText.ts";
import { textFile, type TextFileEncoding } from "../helpers/textFile.ts";

/**
 * Never silently alter a figure: a report written in any encoding agencies use, with any separator,
 * reads back exactly — every system name and remark as typed (NFC), every level and status, every count.
 */
const registry = loadRegistry();
const ENCODINGS: TextFileEncoding[] = ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16le", "utf-16be-bom", "windows-1258"];
const HOSTILE = ["<script>alert('x')</script>", "<b onmouseover=alert(1)>Cổng</b>", "a, b; c\td", "Hệ thống \"trích dẫn\"", "=1+1 (văn bản)"];
const system = fc.record({
  name: fc.oneof({ weight: 4, arbitrary: vietnameseText }, fc.constantFrom(...HOSTILE)),
  level: fc.integer({ min: 1, max: 5 }),
  approved: fc.boolean(),
  full: fc.boolean(),
  remark: fc.option(vietnameseText, { nil: "" }),
});

describe("CSV in every encoding reads back exactly", () => {
  test.prop([fc.array(system, { minLength: 1, maxLength: 25 }), fc.constantFrom(...ENCODINGS), fc.constantFrom(",", ";", "\t"), fc.constantFrom("\r\n", "\n") as fc.Arbitrary<"\r\n" | "\n">],
    { numRuns: 200, seed: 11 })("BM-01: names, remarks, levels and statuses", async (systems, encoding, separator, eol) => {
    const records = [
      ["Cơ quan báo cáo:", "Bộ Y tế"], ["Kỳ báo cáo:", "Tháng 8/2024"], ["Ngày báo cáo:", "15/08/2024"],
      ["STT", "Tên hệ thống thông tin", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án", "Ghi chú"],
      ...systems.map((s, i) => [String(i + 1), s.name, String(s.level), s.approved ? "Đã phê duyệt" : "Chưa phê duyệt", s.full ? "Đầy đủ" : "Một phần", s.remark]),
    ];
    const outcome = await parseFile("BM01.csv", textFile(records, { encoding, separator, eol }), registry);
    if (outcome.status !== "loaded") throw new Error(outcome.message);
    expect(outcome.rowsRead).toBe(systems.length);
    expect(outcome.rejectedRows).toEqual([]);
    const loaded = outcome.systems[0]!;
    expect(loaded.map((y) => y.systemName)).toEqual(systems.map((s) => s.name.normalize("NFC")));
    expect(loaded.map((y) => y.remark)).toEqual(systems.map((s) => (s.remark === "" ? null : s.remark.normalize("NFC"))));
    expect(loaded.map((y) => y.level)).toEqual(systems.map((s) => s.level));
    expect(loaded.map((y) => y.approvalStatus)).toEqual(systems.map((s) => (s.approved ? "approved" : "not_approved")));
    expect(loaded.map((y) => y.implementationStatus)).toEqual(systems.map((s) => (s.full ? "full" : "partial")));
  });

  const counts = fc.integer({ min: 0, max: 99_999 }).chain((total) =>
    fc.integer({ min: 0, max: total }).chain((approved) => fc.integer({ min: 0, max: approved }).map((implemented) => ({ total, approved, implemented }))));
  const written = (n: number, style: number) => (style === 0 ? String(n) : n.toLocaleString(style === 1 ? "vi-VN" : "en-US"));
  test.prop([fc.array(counts, { minLength: 1, maxLength: 3 }), fc.constantFrom(...ENCODINGS), fc.constantFrom(",", ";", "\t"), fc.integer({ min: 0, max: 2 })],
    { numRuns: 200, seed: 12 })("BM-02: every count, with or without thousands separators", async (rows, encoding, separator, style) => {
    const agencies = ["Bộ Y tế", "Bộ Tài chính", "Bộ Tư pháp"];
    const records = [
      ["Kỳ báo cáo:", "Tháng 8/2024"],
      ["STT", "Cơ quan", "Tổng số HTTT", "Đã phê duyệt", "Đã triển khai đầy đủ"],
      ...rows.map((r, i) => [String(i + 1), agencies[i]!, written(r.total, style), written(r.approved, style), written(r.implemented, style)]),
    ];
    const outcome = await parseFile("TongHop.csv", textFile(records, { encoding, separator }), registry);
    if (outcome.status !== "loaded") throw new Error(outcome.message);
    expect(outcome.rejectedRows).toEqual([]);
    expect(outcome.submissions.map((s) => ({ total: s.statedTotal, approved: s.statedApproved, implemented: s.statedImplemented }))).toEqual(rows);
  });
});
