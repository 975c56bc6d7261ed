import type { RawValue } from "../../pipeline/read/RawValue.ts";
import { loadRegistry, type AgencyRegistry } from "../../pipeline/registry/index.ts";

let registry: AgencyRegistry | undefined;

/** The registry of sources/reference and sources/agency-aliases.json, loaded once per test file. */
export function testRegistry(): AgencyRegistry {
  registry ??= loadRegistry();
  return registry;
}

/** The BM-01 header in its canonical wording. */
export const BM01_HEADER = ["STT", "Tên hệ thống thông tin", "Đơn vị vận hành", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ", "Triển khai phương án", "Ghi chú"];

/** The BM-02 header in its canonical wording. */
export const BM02_HEADER = [
  "STT", "Cơ quan", "Mã cơ quan", "Tổng số HTTT", "Số HTTT đã được phê duyệt HSĐXCĐ", "Tỷ lệ phê duyệt (%)",
  "Số HTTT đã triển khai đầy đủ phương án", "Tỷ lệ triển khai (%)",
];

/**
 * A BM-01 sheet laid out as agencies send it: a title in row 1, the header block in rows 2-4
 * (Cơ quan báo cáo, Kỳ báo cáo, Ngày báo cáo), an empty row 5, the header in row 6 and the systems
 * from row 7 on (`BM01_FIRST_DATA_ROW`).
 */
export function bm01Sheet(options: {
  agency?: RawValue;
  period?: RawValue;
  reportDate?: RawValue;
  header?: RawValue[];
  systems: RawValue[][];
  below?: RawValue[][];
}): RawValue[][] {
  return [
    ["DANH MỤC HỆ THỐNG THÔNG TIN VÀ CẤP ĐỘ AN TOÀN THÔNG TIN"],
    ["Cơ quan báo cáo:", options.agency ?? "Tỉnh Bắc Ninh"],
    ["Kỳ báo cáo:", options.period ?? "Tháng 8/2024"],
    ["Ngày báo cáo:", options.reportDate ?? "15/08/2024"],
    [],
    options.header ?? BM01_HEADER,
    ...options.systems,
    ...(options.below ?? []),
  ];
}

export const BM01_HEADER_ROW = 6;
export const BM01_FIRST_DATA_ROW = 7;
