import type { Agency } from "./Agency.ts";
import type { AgencyRegistry } from "./AgencyRegistry.ts";
import type { RefResolution } from "./RefResolution.ts";
import { existsInPeriod } from "./existsInPeriod.ts";
import { inMonths } from "./inMonths.ts";
import { nameAsOf } from "./nameAsOf.ts";
import { notInPeriodMessage } from "./notInPeriodMessage.ts";

/**
 * Resolves a reported "Mã cơ quan": a registry code, any case ("t51", "BTTTT"), or a province's
 * official code of the period ("51", "5", "051" → two digits).
 */
export function resolveCode(registry: AgencyRegistry, raw: string, period: string): RefResolution {
  const shown = raw.normalize("NFC").trim();
  const code = shown.toUpperCase();

  let matches: Agency[] = [];
  if (/^\d+$/.test(code)) {
    const entries = Number(code) <= 99 ? registry.officialCodeIndex.get(String(Number(code)).padStart(2, "0")) ?? [] : [];
    const current = entries.find((entry) => inMonths(period, entry.from, entry.to));
    const agency = current && registry.byCode.get(current.code);
    if (agency && existsInPeriod(agency, period)) return { status: "ok", agency };
    matches = entries.map((entry) => registry.byCode.get(entry.code)).filter((a): a is Agency => a !== undefined);
  } else {
    const agency = registry.byCode.get(code);
    if (agency && existsInPeriod(agency, period)) return { status: "ok", agency };
    if (agency) matches = [agency];
  }

  if (matches.length === 0) {
    return {
      status: "unknown",
      message:
        `không tìm thấy mã cơ quan "${shown}" trong danh mục bộ, ngành, địa phương ` +
        `(cần mã trong danh mục như "BTTTT", "T51", hoặc mã tỉnh hai chữ số đang dùng trong kỳ ${period})`,
    };
  }
  return {
    status: "not-in-period",
    agencies: matches,
    message: matches
      .map((agency) => notInPeriodMessage(registry, `mã cơ quan "${shown}" (${nameAsOf(agency, period)})`, agency, period, true))
      .join("; "),
  };
}
