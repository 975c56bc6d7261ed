import fc from "fast-check";
import { cellText } from "./cellText.ts";

const BM01_HEADER = ["STT", "Tên hệ thống thông tin", "Đơn vị vận hành", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án", "Ghi chú"];
const BM02_HEADER = ["STT", "Cơ quan", "Tổng số HTTT", "Đã phê duyệt", "Tỷ lệ phê duyệt (%)", "Đã triển khai đầy đủ", "Kỳ báo cáo"];

/**
 * A table as a CSV file holds it: an optional header block, a form's header (whole, cut, shuffled
 * or none) and up to 130 rows of cell text, some rows wider than the header.
 */
export const csvTable: fc.Arbitrary<string[][]> = fc.record({
  block: fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom("Bộ Y tế", "UBND tỉnh Kon Tum", "Sở TT&TT Khánh Hòa", "BTTTT"), fc.constantFrom("Tháng 8/2024", "08/2024", "Quý III/2024", "Tháng 7/2025")) },
    { weight: 1, arbitrary: fc.tuple(cellText, cellText) },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  header: fc.oneof(
    { weight: 3, arbitrary: fc.constant(BM01_HEADER) },
    fc.constant(BM02_HEADER),
    fc.shuffledSubarray(BM01_HEADER, { minLength: 2 }),
    fc.shuffledSubarray(BM02_HEADER, { minLength: 2 }),
    fc.array(cellText, { maxLength: 8 }),
  ),
  rows: fc.array(fc.array(cellText, { maxLength: 9 }), { maxLength: 30 }),
  copies: fc.constantFrom(1, 1, 1, 5),
  wide: fc.option(fc.integer({ min: 10, max: 40 }), { freq: 6 }),
}).map(({ block, header, rows, copies, wide }) => {
  const table: string[][] = [];
  if (block) table.push(["Cơ quan báo cáo:", block[0]], ["Kỳ báo cáo:", block[1]]);
  table.push([...header]);
  for (let i = 0; i < copies; i++) table.push(...rows.map((r) => [...r]));
  if (wide !== null) table.push(Array.from({ length: wide }, (_, i) => String(i)));
  return table;
});
