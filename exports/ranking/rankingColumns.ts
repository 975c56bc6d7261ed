import type { Column } from "../table/Table.ts";

/** The columns of a group's ranking, in the order of the official table. */
export const RANKING_COLUMNS: Column[] = [
  { header: "Hạng", kind: "rank", width: 7 },
  { header: "Tên cơ quan", kind: "text", width: 42 },
  { header: "Tổng số HTTT", kind: "count", width: 11 },
  { header: "Đã phê duyệt", kind: "count", width: 11 },
  { header: "Tỷ lệ phê duyệt", kind: "rate", width: 11 },
  { header: "Đã triển khai đầy đủ", kind: "count", width: 13 },
  { header: "Tỷ lệ triển khai", kind: "rate", width: 11 },
  { header: "Thay đổi hạng", kind: "rankChange", width: 10 },
];
