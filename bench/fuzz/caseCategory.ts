import type { FuzzSpec } from "./FuzzSpec.ts";

/** The report's row for a case: its kind and the variant that matters (prefix, encoding, format, bomb). */
export function caseCategory(spec: FuzzSpec): string {
  switch (spec.kind) {
    case "bytes": return `octets ngẫu nhiên (${spec.prefix})`;
    case "workbook": return `sổ tính bị đột biến (${[...new Set(spec.mutations.map((m) => (m.op === "part" ? m.edit : m.op)))].join("+")})`.replace(/\(([^+)]*\+[^)]*)\)/, "(nhiều đột biến)");
    case "csv": return `CSV ${spec.encoding}${Object.keys(spec.limits).length > 0 ? ", giới hạn chặt" : ""}`;
    case "format": return `định dạng khác (${spec.format})`;
    case "bomb": return `bom nén (${spec.variant})`;
    case "cell": return "giá trị ô qua các hàm chuẩn hóa";
  }
}
