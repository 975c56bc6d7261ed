import fc from "fast-check";
import { vietnameseText } from "./vietnameseText.ts";

const FORM_WORDS = [
  "Tháng 8/2024", "08/2024", "Quý III/2024", "Q3/2024", "2024-08", "6 tháng đầu năm 2024", "Năm 2024", "Tháng 13/2024",
  "15/08/2024", "2024-08-15", "31/02/2024", "45500", "ngày 15 tháng 8 năm 2024",
  "3", "Cấp độ 3", "Cấp 3", "III", "6", "0", "-1", "3.0", "V", "IIII",
  "Đã phê duyệt", "Đã PD", "x", "✓", "Chưa phê duyệt", "Đang thẩm định", "Đầy đủ", "Một phần", "Chưa triển khai", "Có", "Không",
  "1.234", "1,234", "12", "69,2%", "0,692", "-", "—", "Tổng cộng", "Tổng", "Cộng",
  "UBND tỉnh Kon Tum", "Tỉnh Quảng Ngãi", "Bộ TT&TT", "TP. Hồ Chí Minh", "T51", "BTTTT", "51", "Không tồn tại",
];
const HOSTILE = [
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "@SUM(A1)", "'); drop table systems; --",
  "\"", "\"\"", "a\r\nb", "a\nb", "\u0000", "\uFEFF", "\u200B", "\uD800", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "e\u0301", "  ", "\t",
];

/** What a person or a broken tool may type into one cell: form words, Vietnamese, hostile text, anything. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FORM_WORDS) },
  { weight: 3, arbitrary: vietnameseText },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constant("") },
);
