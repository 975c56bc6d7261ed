export type FormCode = "BM-01" | "BM-02";

export type Bm01Field =
  | "stt" | "system_code" | "system_name" | "operator" | "level" | "approval" | "decision_no"
  | "approval_date" | "implementation" | "assessment_date" | "monitored" | "national_connection"
  | "drill_year" | "remark" | "agency_name" | "agency_code" | "period" | "report_date";

export type Bm02Field =
  | "stt" | "agency_name" | "agency_code" | "period" | "report_date" | "total" | "approved"
  | "approval_rate" | "implemented" | "implementation_rate"
  | "level_1" | "level_2" | "level_3" | "level_4" | "level_5";

export interface ColumnSpec<F extends string> {
  field: F;
  /** Header texts seen in practice; the first is the canonical one. */
  headers: string[];
  required: boolean;
}

export interface FormSpec<F extends string> {
  form: FormCode;
  columns: ColumnSpec<F>[];
  /** The fields whose presence in a header row identifies the form. */
  identifiedBy: F[];
  /** A row belongs to the table while one of these has a value (without a totals row, the table ends at the last such row). */
  tableFields: F[];
}

const AGENCY_NAME = ["Cơ quan", "Bộ, ngành, địa phương", "Tên cơ quan", "Cơ quan báo cáo", "Đơn vị báo cáo", "Bộ, ngành", "Địa phương"];

export const BM01: FormSpec<Bm01Field> = {
  form: "BM-01",
  identifiedBy: ["system_name", "level"],
  tableFields: ["level", "approval", "implementation"],
  columns: [
    { field: "stt", headers: ["STT", "Số TT", "TT"], required: false },
    { field: "system_code", headers: ["Mã hệ thống", "Mã HTTT"], required: false },
    { field: "system_name", headers: ["Tên hệ thống thông tin", "Tên HTTT", "Hệ thống thông tin", "Tên hệ thống"], required: true },
    { field: "operator", headers: ["Đơn vị vận hành", "Đơn vị quản lý, vận hành", "Đơn vị quản lý vận hành", "Đơn vị chủ quản"], required: false },
    { field: "level", headers: ["Cấp độ", "Cấp độ đề xuất", "Cấp độ ATTT", "Cấp độ an toàn thông tin", "Cấp độ an toàn hệ thống thông tin"], required: true },
    {
      field: "approval",
      headers: [
        "Tình trạng phê duyệt HSĐXCĐ", "Phê duyệt HSĐXCĐ", "Tình trạng phê duyệt hồ sơ đề xuất cấp độ",
        "Phê duyệt hồ sơ đề xuất cấp độ", "Tình trạng phê duyệt", "Đã phê duyệt HSĐXCĐ",
      ],
      required: true,
    },
    { field: "decision_no", headers: ["Số quyết định phê duyệt", "Số QĐ phê duyệt", "Số quyết định"], required: false },
    { field: "approval_date", headers: ["Ngày phê duyệt", "Ngày quyết định phê duyệt"], required: false },
    {
      field: "implementation",
      headers: [
        "Triển khai phương án", "Tình trạng triển khai phương án bảo đảm ATTT", "Triển khai PA",
        "Tình trạng triển khai phương án", "Triển khai phương án bảo đảm ATTT", "Tình trạng triển khai PA",
      ],
      required: true,
    },
    { field: "assessment_date", headers: ["Ngày kiểm tra, đánh giá gần nhất", "Kiểm tra, đánh giá gần nhất", "Ngày kiểm tra đánh giá gần nhất"], required: false },
    { field: "monitored", headers: ["Giám sát ATTT", "Giám sát, bảo vệ (lớp 2)", "Giám sát an toàn thông tin"], required: false },
    { field: "national_connection", headers: ["Kết nối giám sát quốc gia", "Kết nối, chia sẻ (lớp 4)"], required: false },
    { field: "drill_year", headers: ["Diễn tập thực chiến", "Năm diễn tập gần nhất"], required: false },
    { field: "remark", headers: ["Ghi chú"], required: false },
    { field: "agency_name", headers: AGENCY_NAME, required: false },
    { field: "agency_code", headers: ["Mã cơ quan", "Mã đơn vị"], required: false },
    { field: "period", headers: ["Kỳ báo cáo"], required: false },
    { field: "report_date", headers: ["Ngày báo cáo"], required: false },
  ],
};

export const BM02: FormSpec<Bm02Field> = {
  form: "BM-02",
  identifiedBy: ["agency_name", "total"],
  tableFields: ["total", "approved", "implemented"],
  columns: [
    { field: "stt", headers: ["STT", "Số TT", "TT"], required: false },
    { field: "agency_name", headers: AGENCY_NAME, required: true },
    { field: "agency_code", headers: ["Mã cơ quan", "Mã đơn vị"], required: false },
    { field: "period", headers: ["Kỳ báo cáo"], required: false },
    { field: "report_date", headers: ["Ngày báo cáo"], required: false },
    { field: "total", headers: ["Tổng số HTTT", "Tổng số hệ thống thông tin", "Tổng số"], required: true },
    { field: "approved", headers: ["Số HTTT đã được phê duyệt HSĐXCĐ", "Đã phê duyệt", "Số HTTT đã phê duyệt", "Số HTTT đã được phê duyệt"], required: true },
    { field: "approval_rate", headers: ["Tỷ lệ phê duyệt (%)", "Tỷ lệ phê duyệt", "Tỉ lệ phê duyệt (%)"], required: false },
    { field: "implemented", headers: ["Số HTTT đã triển khai đầy đủ phương án", "Đã triển khai đầy đủ", "Số HTTT đã triển khai đầy đủ"], required: true },
    { field: "implementation_rate", headers: ["Tỷ lệ triển khai (%)", "Tỷ lệ triển khai", "Tỉ lệ triển khai (%)"], required: false },
    { field: "level_1", headers: ["Cấp độ 1"], required: false },
    { field: "level_2", headers: ["Cấp độ 2"], required: false },
    { field: "level_3", headers: ["Cấp độ 3"], required: false },
    { field: "level_4", headers: ["Cấp độ 4"], required: false },
    { field: "level_5", headers: ["Cấp độ 5"], required: false },
  ],
};

/** Labels of the header block above a table. */
export const HEADER_BLOCK_LABELS = {
  agency_name: ["Cơ quan báo cáo", "Tên cơ quan", "Đơn vị báo cáo", "Cơ quan", "Đơn vị", "Tên đơn vị"],
  agency_code: ["Mã cơ quan", "Mã đơn vị"],
  period: ["Kỳ báo cáo"],
  report_date: ["Ngày báo cáo"],
} as const;

export type HeaderBlockField = keyof typeof HEADER_BLOCK_LABELS;
