import type { Agency } from "./Agency.ts";
import type { AgencyRegistry } from "./AgencyRegistry.ts";
import type { RefResolution } from "./RefResolution.ts";
import { agencyNameKey } from "./agencyNameKey.ts";
import { existsInPeriod } from "./existsInPeriod.ts";
import { inMonths } from "./inMonths.ts";
import { nameAsOf } from "./nameAsOf.ts";
import { notInPeriodMessage } from "./notInPeriodMessage.ts";

const SCIENCE_DEPARTMENT_FROM = "2025-03";

/**
 * Resolves a reported agency name as of `period`. Among agencies that exist in the period, a
 * spelling current in the period wins ("Tỉnh Quảng Ngãi" is T51 until 06/2025, N51 after);
 * failing that, a former or later official name of an agency that exists then still identifies
 * it ("Tỉnh Thừa Thiên Huế" in 2025-08 is T46). A name with an administrative or department
 * prefix can only be a province.
 */
export function resolveName(registry: AgencyRegistry, raw: string, period: string): RefResolution {
  const name = raw.normalize("NFC").trim().replace(/\s+/g, " ");
  const { key, stripped } = agencyNameKey(name, period);
  const agencyOf = (code: string): Agency | undefined => registry.byCode.get(code);
  const entries = (key === "" ? [] : registry.nameIndex.get(key) ?? []).filter(
    (entry) => !stripped || agencyOf(entry.code)?.group === "dia_phuong",
  );
  const unique = (list: typeof entries): Agency[] => [
    ...new Set(list.map((entry) => agencyOf(entry.code)).filter((a): a is Agency => a !== undefined)),
  ];

  const existing = entries.filter((entry) => {
    const agency = agencyOf(entry.code);
    return agency !== undefined && existsInPeriod(agency, period);
  });
  const current = unique(existing.filter((entry) => inMonths(period, entry.from, entry.to)));
  const candidates = current.length > 0 ? current : unique(existing);
  const [only] = candidates;
  if (only && candidates.length === 1) return { status: "ok", agency: only };
  if (candidates.length > 1) {
    const list = candidates.map((agency) => `${nameAsOf(agency, period)} (${agency.code})`).join(", ");
    return {
      status: "ambiguous",
      agencies: candidates,
      message: `tên cơ quan "${name}" khớp với nhiều cơ quan trong kỳ ${period}: ${list}; cần ghi tên đầy đủ hoặc thêm mã cơ quan`,
    };
  }

  const elsewhere = unique(entries);
  if (elsewhere.length > 0) {
    return {
      status: "not-in-period",
      agencies: elsewhere,
      message: elsewhere
        .map((agency) => {
          const official = nameAsOf(agency, period);
          const subject = official === name ? `"${name}"` : `"${name}" (${official})`;
          return notInPeriodMessage(registry, subject, agency, period, false);
        })
        .join("; "),
    };
  }

  const department = name.toLowerCase().startsWith("sở ")
    ? ` (tên sở chỉ được chấp nhận khi là Sở Thông tin và Truyền thông${
        period >= SCIENCE_DEPARTMENT_FROM ? " hoặc Sở Khoa học và Công nghệ" : ""
      } kèm tên tỉnh, thành phố)`
    : "";
  return { status: "unknown", message: `không tìm thấy cơ quan "${name}" trong danh mục bộ, ngành, địa phương${department}` };
}
