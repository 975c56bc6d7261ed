// Vietnamese words for the warehouse's codes.
export const GROUP_NAMES = { bo_nganh: "Bộ, ngành", dia_phuong: "Địa phương", toan_quoc: "Toàn quốc" };

export const SUBMISSION_STATUS = {
  on_time: "Đúng hạn",
  late: "Muộn",
  missing: "Không báo cáo",
  not_due: "Chưa đến hạn (báo cáo quý)",
};

export const TARGET_STATUS = {
  da_dat: "Đã đạt",
  du_kien: "Dự kiến đạt",
  khong_dat: "Không đạt theo xu hướng",
  chua_du_du_lieu: "Chưa đủ số liệu để dự báo",
  khong_co_httt: "Không có hệ thống thông tin",
};

export const REQUIREMENT_STATUS = { met: "Đạt", unmet: "Chưa đạt", unknown: "Chưa rõ (thiếu thông tin)" };

export const INCOMPLETE_KIND = {
  chuyen_tiep: "Chưa báo cáo — dùng số liệu kỳ trước",
  qua_cu: "Chưa báo cáo — số liệu kỳ trước đã quá cũ",
  khong_co_so_lieu: "Chưa có báo cáo nào",
};

export const SUBMISSION_ROLE = { current: "Được tính", superseded: "Bị thay thế", duplicate: "Bản sao", rejected: "Bị từ chối" };

/** Short column titles for the requirements of sources/requirements.json; others show their full name. */
const REQUIREMENT_SHORT = {
  dossier_approved: "Phê duyệt HSĐXCĐ",
  plan_implemented: "Triển khai phương án",
  periodic_assessment: "Kiểm tra, đánh giá định kỳ",
  professional_monitoring: "Giám sát chuyên nghiệp (lớp 2)",
  national_monitoring_connection: "Kết nối giám sát quốc gia (lớp 4)",
  live_fire_drill: "Diễn tập thực chiến",
};

export function requirementLabel(r) {
  return REQUIREMENT_SHORT[r.requirement_code] ?? r.requirement_name;
}

export const FIGURE_NAMES = {
  total_systems: "Tổng số HTTT",
  approved_systems: "Số HTTT đã phê duyệt",
  implemented_systems: "Số HTTT triển khai đầy đủ",
  approval_rate: "Tỷ lệ phê duyệt",
  implementation_rate: "Tỷ lệ triển khai",
};
