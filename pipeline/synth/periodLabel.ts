import type { Ym } from "./types.ts";
import { months } from "./months.ts";

const ROMAN = ["I", "II", "III", "IV"];

/** How a period is written in the "Kỳ báo cáo" cell. */
export const periodLabel = {
  monthlyStyles: ["thang", "thang-nam", "mm/yyyy", "m-yyyy", "iso"] as const,
  quarterlyStyles: ["quy-roman", "quy-nam", "q"] as const,

  format(period: Ym, style: string): string {
    const y = months.year(period);
    const m = months.month(period);
    const mm = String(m).padStart(2, "0");
    const q = months.quarter(period);
    switch (style) {
      case "thang":
        return `Tháng ${m}/${y}`;
      case "thang-nam":
        return `Tháng ${mm} năm ${y}`;
      case "mm/yyyy":
        return `${mm}/${y}`;
      case "m-yyyy":
        return `${m}-${y}`;
      case "iso":
        return `${y}-${mm}`;
      case "quy-roman":
        return `Quý ${ROMAN[q - 1]}/${y}`;
      case "quy-nam":
        return `Quý ${q} năm ${y}`;
      case "q":
        return `Q${q}/${y}`;
      default:
        throw new Error(`unknown period style ${style}`);
    }
  },
};
