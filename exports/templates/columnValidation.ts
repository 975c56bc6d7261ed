import type ExcelJS from "exceljs";
import type { InputKind } from "./templateColumns.ts";
import { TEMPLATE_VOCABULARY } from "./templateVocabulary.ts";

const FIRST_DATE = new Date(Date.UTC(2000, 0, 1));
const LAST_DATE = new Date(Date.UTC(2100, 11, 31));

const list = (values: readonly string[]) => [`"${values.join(",")}"`];

/**
 * The data validation of a column kind, as Excel shows it: a dropdown that refuses other words,
 * a date or a whole number within bounds. `boundCell` is the cell bounding a countUpTo (same row),
 * `minDate` the earliest date allowed.
 */
export function columnValidation(input: InputKind, options: { boundCell?: string; minDate?: Date } = {}): ExcelJS.DataValidation | null {
  const base = { allowBlank: true, showErrorMessage: true, showInputMessage: true, errorStyle: "stop" as const, errorTitle: "Giá trị không hợp lệ" };
  switch (input) {
    case "level":
      return { ...base, type: "list", formulae: list(TEMPLATE_VOCABULARY.level), promptTitle: "Cấp độ", prompt: "Chọn cấp độ từ 1 đến 5.", error: "Cấp độ phải là một số từ 1 đến 5." };
    case "approval":
      return { ...base, type: "list", formulae: list(TEMPLATE_VOCABULARY.approval), promptTitle: "Phê duyệt HSĐXCĐ", prompt: "Chọn trong danh sách.", error: `Chọn một trong: ${TEMPLATE_VOCABULARY.approval.join(", ")}.` };
    case "implementation":
      return { ...base, type: "list", formulae: list(TEMPLATE_VOCABULARY.implementation), promptTitle: "Triển khai phương án", prompt: "Chỉ chọn \"Đầy đủ\" khi hồ sơ đã được phê duyệt.", error: `Chọn một trong: ${TEMPLATE_VOCABULARY.implementation.join(", ")}.` };
    case "yesNo":
      return { ...base, type: "list", formulae: list(TEMPLATE_VOCABULARY.yesNo), promptTitle: "Có hoặc Không", prompt: "Chọn Có hoặc Không.", error: "Chọn Có hoặc Không." };
    case "date":
      return {
        ...base, type: "date", operator: "between", formulae: [options.minDate ?? FIRST_DATE, LAST_DATE],
        promptTitle: "Ngày", prompt: "Nhập ngày dạng ngày/tháng/năm, ví dụ 15/07/2024.", error: "Cần một ngày dạng ngày/tháng/năm (ví dụ 15/07/2024).",
      };
    case "year":
      return { ...base, type: "whole", operator: "between", formulae: [2000, 2100], promptTitle: "Năm", prompt: "Năm diễn tập gần nhất, ví dụ 2024.", error: "Cần một năm có 4 chữ số, ví dụ 2024." };
    case "count":
      return { ...base, type: "whole", operator: "between", formulae: [0, 1000000], promptTitle: "Số hệ thống", prompt: "Số nguyên, không âm.", error: "Cần một số nguyên không âm." };
    case "countUpTo":
      return {
        ...base, type: "whole", operator: "between", formulae: [0, options.boundCell ?? 1000000],
        promptTitle: "Số hệ thống", prompt: "Số nguyên, không lớn hơn cột bên trái tương ứng.", error: "Cần một số nguyên từ 0 đến số ở cột tương ứng (đã phê duyệt ≤ tổng số; đã triển khai đầy đủ ≤ đã phê duyệt).",
      };
    case "index":
    case "text":
    case "rateFormula":
      return null;
  }
}
