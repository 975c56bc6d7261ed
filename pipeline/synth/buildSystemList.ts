import type { Rng } from "./Rng.ts";
import type { SystemSpec } from "./types.ts";
import { days } from "./days.ts";
import { months } from "./months.ts";

type Entry = readonly [name: string, level: number, operator: string];

const PROVINCE_DEPARTMENTS = [
  "Sở Nội vụ",
  "Sở Tư pháp",
  "Sở Kế hoạch và Đầu tư",
  "Sở Tài chính",
  "Sở Công Thương",
  "Sở Nông nghiệp và Phát triển nông thôn",
  "Sở Giao thông vận tải",
  "Sở Xây dựng",
  "Sở Tài nguyên và Môi trường",
  "Sở Thông tin và Truyền thông",
  "Sở Lao động - Thương binh và Xã hội",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Khoa học và Công nghệ",
  "Sở Giáo dục và Đào tạo",
  "Sở Y tế",
  "Thanh tra tỉnh",
  "Ban Dân tộc",
  "Văn phòng UBND tỉnh",
];

const MINISTRY_UNITS = [
  "Văn phòng Bộ",
  "Vụ Tổ chức cán bộ",
  "Vụ Kế hoạch - Tài chính",
  "Vụ Pháp chế",
  "Vụ Hợp tác quốc tế",
  "Thanh tra Bộ",
  "Cục Công nghệ thông tin",
  "Trung tâm Thông tin",
  "Cục Kiểm tra",
  "Trung tâm Dữ liệu",
  "Viện Chiến lược và Chính sách",
  "Tạp chí chuyên ngành",
  "Trung tâm Đào tạo",
  "Vụ Thi đua - Khen thưởng",
  "Cục Quản lý chất lượng",
  "Vụ Khoa học và Công nghệ",
  "Báo điện tử",
];

const UNIT_TEMPLATES: readonly (readonly [string, number])[] = [
  ["Trang thông tin điện tử", 2],
  ["Phần mềm quản lý hồ sơ", 2],
  ["Mạng nội bộ (LAN)", 1],
  ["Phần mềm kế toán", 1],
  ["Cơ sở dữ liệu chuyên ngành", 2],
  ["Hệ thống thông tin nghiệp vụ", 2],
];

const MINISTRY_SPECIFIC: Record<string, readonly Entry[]> = {
  BHXH: [
    ["Hệ thống quản lý thu, sổ thẻ", 3, "Trung tâm Công nghệ thông tin"],
    ["Hệ thống giám định bảo hiểm y tế", 3, "Trung tâm Công nghệ thông tin"],
    ["Cơ sở dữ liệu quốc gia về bảo hiểm", 4, "Trung tâm Công nghệ thông tin"],
  ],
  BGDDT: [
    ["Cơ sở dữ liệu ngành giáo dục và đào tạo", 3, "Cục Công nghệ thông tin"],
    ["Hệ thống hỗ trợ thi tốt nghiệp THPT và tuyển sinh", 3, "Cục Quản lý chất lượng"],
  ],
  NHNN: [
    ["Hệ thống thanh toán điện tử liên ngân hàng", 4, "Cục Công nghệ thông tin"],
    ["Hệ thống thông tin tín dụng quốc gia (CIC)", 3, "Trung tâm Thông tin"],
  ],
  BTC: [
    ["Hệ thống thông tin quản lý ngân sách và kho bạc (TABMIS)", 4, "Cục Tin học và Thống kê tài chính"],
    ["Hệ thống quản lý thuế tập trung (TMS)", 4, "Cục Tin học và Thống kê tài chính"],
  ],
  BYT: [
    ["Hệ thống thông tin quản lý khám bệnh, chữa bệnh", 3, "Cục Công nghệ thông tin"],
    ["Cơ sở dữ liệu tiêm chủng quốc gia", 3, "Cục Công nghệ thông tin"],
  ],
  BTP: [
    ["Cơ sở dữ liệu quốc gia về pháp luật", 3, "Cục Công nghệ thông tin"],
    ["Hệ thống đăng ký giao dịch bảo đảm", 3, "Cục Công nghệ thông tin"],
  ],
  BCT: [["Hệ thống cấp chứng nhận xuất xứ điện tử (eCoSys)", 3, "Cục Thương mại điện tử và Kinh tế số"]],
  BTNMT: [["Cơ sở dữ liệu quốc gia về đất đai", 4, "Trung tâm Dữ liệu"]],
  BGTVT: [["Hệ thống quản lý đăng kiểm phương tiện", 3, "Trung tâm Công nghệ thông tin"]],
  BTTTT: [
    ["Hệ thống giám sát an toàn không gian mạng quốc gia", 4, "Cục An toàn thông tin"],
    ["Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)", 4, "Cục Chuyển đổi số quốc gia"],
  ],
};

const VENDORS = ["Viettel", "VNPT", "FPT IS", "CMC TS", "MISA", "Mobifone", "Tự phát triển", "BKAV"];
const URL_SLUGS = ["dichvucong", "congthongtin", "qlvb", "mail", "hotich", "baocao", "dulieu", "vanban", "egov"];
const NOTES = [
  "Hệ thống dùng chung",
  "Đang nâng cấp",
  "Đã đề nghị thẩm định",
  "Thuê dịch vụ",
  "Dự kiến phê duyệt trong năm",
];

function drawLevel(rng: Rng, hint: number): number {
  switch (hint) {
    case 1:
      return rng.weighted([[1, 0.6], [2, 0.4]]);
    case 2:
      return rng.weighted([[1, 0.1], [2, 0.75], [3, 0.15]]);
    case 4:
      return rng.weighted([[3, 0.35], [4, 0.6], [5, 0.05]]);
    default:
      return rng.weighted([[2, 0.2], [3, 0.7], [4, 0.1]]);
  }
}

/** `BGDDT` → `BGDĐT`, the way the code appears in decision numbers. */
function decisionSuffix(code: string, isProvince: boolean, rng: Rng): string {
  if (isProvince) return rng.chance(0.7) ? "UBND" : "STTTT";
  return code.replace(/DD/g, "DĐ");
}

/**
 * The register of one agency: `size` systems with unique names, realistic
 * operators and levels, and the random draws that fix each system's timeline.
 */
export function buildSystemList(
  opts: { code: string; isProvince: boolean; place: string; placeLong: string; officialName: string; isCity: boolean },
  size: number,
  rng: Rng,
): SystemSpec[] {
  const core: Entry[] = [];
  const templated: Entry[] = [];
  if (opts.isProvince) {
    const pl = opts.placeLong; // "tỉnh Bắc Ninh" / "thành phố Hà Nội"
    const unitWord = opts.isCity ? "thành phố" : "tỉnh";
    core.push(
      [`Cổng dịch vụ công ${pl}`, 3, "Văn phòng UBND tỉnh"],
      [`Hệ thống thông tin giải quyết thủ tục hành chính ${pl}`, 3, "Văn phòng UBND tỉnh"],
      [`Cổng thông tin điện tử ${pl}`, 3, "Văn phòng UBND tỉnh"],
      ["Hệ thống quản lý văn bản và điều hành", 3, "Sở Thông tin và Truyền thông"],
      ["Hệ thống thư điện tử công vụ", 3, "Sở Thông tin và Truyền thông"],
      [`Trung tâm dữ liệu ${unitWord}`, 4, "Trung tâm Công nghệ thông tin và Truyền thông"],
      [`Mạng diện rộng (WAN) của ${unitWord}`, 3, "Sở Thông tin và Truyền thông"],
      ["Hệ thống hội nghị truyền hình trực tuyến", 2, "Văn phòng UBND tỉnh"],
      ["Trung tâm giám sát, điều hành đô thị thông minh (IOC)", 3, "Sở Thông tin và Truyền thông"],
      ["Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)", 3, "Sở Thông tin và Truyền thông"],
      ["Hệ thống chữ ký số và xác thực tập trung", 3, "Sở Thông tin và Truyền thông"],
      ["Cơ sở dữ liệu đất đai", 3, "Sở Tài nguyên và Môi trường"],
      ["Hệ thống đăng ký, quản lý hộ tịch", 3, "Sở Tư pháp"],
      ["Hệ thống quan trắc môi trường tự động", 2, "Sở Tài nguyên và Môi trường"],
      ["Hệ thống thông tin báo cáo kinh tế - xã hội", 2, "Văn phòng UBND tỉnh"],
      ["Hệ thống thông tin quy hoạch xây dựng", 2, "Sở Xây dựng"],
      ["Hệ thống quản lý hồ sơ sức khỏe điện tử", 3, "Sở Y tế"],
      ["Cơ sở dữ liệu ngành giáo dục", 2, "Sở Giáo dục và Đào tạo"],
      ["Hệ thống camera giám sát giao thông", 2, "Sở Giao thông vận tải"],
      ["Hệ thống thông tin quản lý doanh nghiệp", 2, "Sở Kế hoạch và Đầu tư"],
      ["Hệ thống quản lý ngân sách, tài sản công", 3, "Sở Tài chính"],
      ["Hệ thống tiếp nhận phản ánh, kiến nghị của người dân", 2, "Văn phòng UBND tỉnh"],
    );
    if (opts.isCity) core.push(["Tổng đài hỗ trợ 1022", 2, "Trung tâm Công nghệ thông tin và Truyền thông"]);
    for (const dept of PROVINCE_DEPARTMENTS) {
      for (const [t, lvl] of UNIT_TEMPLATES) templated.push([`${t} ${dept}`, lvl, dept]);
    }
  } else {
    const n = opts.officialName;
    core.push(
      [`Cổng thông tin điện tử ${n}`, 3, "Văn phòng Bộ"],
      [`Cổng dịch vụ công ${n}`, 3, "Văn phòng Bộ"],
      ["Hệ thống quản lý văn bản và điều hành", 3, "Văn phòng Bộ"],
      ["Hệ thống thư điện tử công vụ", 3, "Cục Công nghệ thông tin"],
      ["Hệ thống thông tin giải quyết thủ tục hành chính", 3, "Văn phòng Bộ"],
      ["Trung tâm dữ liệu", 4, "Cục Công nghệ thông tin"],
      ["Trung tâm dữ liệu dự phòng", 3, "Cục Công nghệ thông tin"],
      ["Hệ thống hội nghị truyền hình", 2, "Văn phòng Bộ"],
      ["Hệ thống giám sát an toàn thông tin (SOC)", 3, "Trung tâm Công nghệ thông tin"],
      ["Hệ thống xác thực, định danh tập trung", 3, "Cục Công nghệ thông tin"],
      ["Hệ thống sao lưu, dự phòng dữ liệu", 3, "Trung tâm Công nghệ thông tin"],
      ["Hệ thống thông tin báo cáo", 2, "Văn phòng Bộ"],
      ["Phần mềm quản lý cán bộ", 2, "Vụ Tổ chức cán bộ"],
      ["Hệ thống quản lý tài chính, tài sản", 2, "Vụ Kế hoạch - Tài chính"],
      ["Mạng truyền số liệu chuyên dùng nội bộ", 3, "Cục Công nghệ thông tin"],
      ...(MINISTRY_SPECIFIC[opts.code] ?? []),
    );
    for (const unit of MINISTRY_UNITS) {
      for (const [t, lvl] of UNIT_TEMPLATES) templated.push([`${t} ${unit}`, lvl, unit]);
    }
  }
  const ordered = [...rng.shuffle(core), ...rng.shuffle(templated)];
  const coreShare = Math.min(core.length, Math.max(6, Math.round(size * 0.45)));
  const chosen: Entry[] = [...ordered.slice(0, coreShare), ...ordered.slice(core.length).slice(0, Math.max(0, size - coreShare))];
  for (let k = chosen.length; k < size; k++) {
    chosen.push([`Hệ thống thông tin nghiệp vụ số ${String(k + 1).padStart(4, "0")}`, 2, "Cục Công nghệ thông tin"]);
  }
  const suffix = decisionSuffix(opts.code, opts.isProvince, rng);
  const firstLate = months.index("2024-08");
  return chosen.slice(0, size).map(([name, hint, op], i): SystemSpec => {
    const late = rng.chance(0.06);
    const histY = rng.int(2019, 2024);
    const histM = histY === 2024 ? rng.int(1, 5) : rng.int(1, 12);
    return {
      name,
      code: `HT${String(i + 1).padStart(3, "0")}`,
      operator: rng.chance(0.2) ? (opts.isProvince ? "Trung tâm Công nghệ thông tin và Truyền thông" : "Trung tâm Công nghệ thông tin") : op,
      level: drawLevel(rng, hint),
      u: rng.next(),
      v: rng.next(),
      w: rng.next(),
      inconsistent: rng.chance(0.02),
      addedIdx: late ? rng.int(firstLate, firstLate + 30) : 0,
      historicApproval: days.make(histY, histM, rng.int(1, 28)),
      decisionNo: `${rng.int(12, 3999)}/QĐ-${suffix}`,
      lastCheck: rng.chance(0.6) ? days.make(rng.int(2021, 2023), rng.int(1, 12), rng.int(1, 28)) : null,
      monitored: rng.chance(0.3),
      connected: rng.chance(0.25),
      drillYear: rng.chance(0.15) ? rng.int(2022, 2024) : null,
      note: rng.chance(0.1) ? rng.pick(NOTES) : null,
      vendor: rng.pick(VENDORS),
      url: `https://${rng.pick(URL_SLUGS)}.example.gov.vn`,
    };
  });
}
