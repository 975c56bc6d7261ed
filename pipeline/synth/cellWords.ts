import type { Rng } from "./Rng.ts";
import type { ApprovalKind, ImplKind } from "./types.ts";

const APPROVAL_DIALECTS: Record<string, { approved: string[]; not: string[]; review: string[] }> = {
  canonical: { approved: ["Đã phê duyệt"], not: ["Chưa phê duyệt"], review: ["Đang thẩm định"] },
  short: { approved: ["Đã PD"], not: ["Chưa"], review: ["Đang trình"] },
  yesno: { approved: ["Có"], not: ["Không"], review: ["Đang trình"] },
  "mark-x": { approved: ["x"], not: ["Chưa"], review: ["Đang thẩm định"] },
  "mark-X": { approved: ["X"], not: ["Không"], review: ["Đang thẩm định"] },
  "mark-check": { approved: ["✓"], not: ["Chưa"], review: ["Đang trình"] },
  mixed: {
    approved: ["Đã phê duyệt", "Đã PD", "Có", "x", "X", "✓"],
    not: ["Chưa phê duyệt", "Chưa", "Không"],
    review: ["Đang thẩm định", "Đang trình"],
  },
};

const IMPL_DIALECTS: Record<string, { full: string[]; partial: string[]; none: string[] }> = {
  canonical: { full: ["Đầy đủ"], partial: ["Một phần"], none: ["Chưa triển khai"] },
  long: { full: ["Đã triển khai đầy đủ"], partial: ["Chưa đầy đủ"], none: ["Chưa"] },
  mixed: {
    full: ["Đầy đủ", "Đã triển khai đầy đủ"],
    partial: ["Một phần", "Chưa đầy đủ"],
    none: ["Chưa triển khai", "Chưa"],
  },
};

/**
 * The words written in status and yes/no cells: a per-file dialect (canonical
 * words or synonyms from the contract), and optional case/spacing noise.
 */
export const cellWords = {
  approvalDialects(symbols: boolean): string[] {
    return Object.keys(APPROVAL_DIALECTS).filter((d) => symbols || d !== "mark-check");
  },
  implDialects(): string[] {
    return Object.keys(IMPL_DIALECTS);
  },

  /** The approved word of a dialect (the COUNTIF criterion of a totals row). */
  approvedWord(dialect: string): string {
    return dialect === "mixed" ? "Đã phê duyệt" : (APPROVAL_DIALECTS[dialect]?.approved[0] ?? "Đã phê duyệt");
  },
  fullWord(dialect: string): string {
    return dialect === "mixed" ? "Đầy đủ" : (IMPL_DIALECTS[dialect]?.full[0] ?? "Đầy đủ");
  },

  approval(kind: ApprovalKind, raw: string | undefined, dialect: string, rng: Rng, symbols: boolean): string | null {
    if (kind === "blank") return null;
    if (kind === "unknown") return raw ?? "Chờ phê duyệt";
    const d = APPROVAL_DIALECTS[dialect] ?? APPROVAL_DIALECTS["canonical"]!;
    const pool = d[kind].filter((w) => symbols || w !== "✓");
    return rng.pick(pool);
  },

  impl(kind: ImplKind, raw: string | undefined, dialect: string, rng: Rng): string | null {
    if (kind === "blank") return null;
    if (kind === "unknown") return raw ?? "Đang cập nhật";
    const d = IMPL_DIALECTS[dialect] ?? IMPL_DIALECTS["canonical"]!;
    return rng.pick(d[kind]);
  },

  /** Yes/no cells: "Có"/"Không", "x"/blank, "✓"/blank, "Đã kết nối"/"Chưa". */
  yesNo(value: boolean | null, dialect: string): string | null {
    if (value === null) return null;
    switch (dialect) {
      case "x":
        return value ? "x" : null;
      case "check":
        return value ? "✓" : null;
      case "connected":
        return value ? "Đã kết nối" : "Chưa";
      default:
        return value ? "Có" : "Không";
    }
  },

  /** Case and spacing variants of a word ("ĐẦY ĐỦ", "đầy đủ", " Đầy đủ", "Đầy đủ "). */
  noise(text: string, rng: Rng): string {
    switch (rng.int(0, 4)) {
      case 0:
        return text.toUpperCase();
      case 1:
        return text.toLowerCase();
      case 2:
        return ` ${text}`;
      case 3:
        return `${text} `;
      default:
        return ` ${text.toLowerCase()} `;
    }
  },
};
