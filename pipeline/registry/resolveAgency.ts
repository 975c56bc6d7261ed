import type { AgencyRegistry } from "./AgencyRegistry.ts";
import type { AgencyResolution } from "./AgencyResolution.ts";
import type { RefResolution } from "./RefResolution.ts";
import { assertPeriod } from "./assertPeriod.ts";
import { nameAsOf } from "./nameAsOf.ts";
import { resolveCode } from "./resolveCode.ts";
import { resolveName } from "./resolveName.ts";

/**
 * Identifies the reporting agency from its "Mã cơ quan" and/or name, as of `period` ("YYYY-MM").
 * When both are given they must name the same agency; a code that picks one of several agencies
 * an ambiguous name could mean settles the ambiguity.
 */
export function resolveAgency(
  registry: AgencyRegistry,
  ref: { code?: string | null; name?: string | null },
  period: string,
): AgencyResolution {
  assertPeriod(period);
  const code = ref.code?.trim() ? resolveCode(registry, ref.code, period) : null;
  const name = ref.name?.trim() ? resolveName(registry, ref.name, period) : null;

  if (!code && !name) {
    return {
      ok: false,
      reason: "missing",
      message: `không xác định được cơ quan báo cáo cho kỳ ${period}: thiếu cả tên cơ quan ("Cơ quan báo cáo") và "Mã cơ quan"`,
    };
  }
  if (!code || !name) return settle((code ?? name)!);

  if (code.status === "ok" && name.status === "ok") {
    return code.agency === name.agency ? settle(code) : mismatch();
  }
  if (code.status === "ok" && name.status === "ambiguous" && name.agencies.includes(code.agency)) return settle(code);

  const vague = (r: RefResolution): boolean => r.status === "unknown" || r.status === "ambiguous";
  if (vague(code) && vague(name)) {
    return {
      ok: false,
      reason: "unknown",
      message: `không tìm thấy cơ quan "${ref.name?.trim()}" (mã "${ref.code?.trim()}") trong danh mục bộ, ngành, địa phương của kỳ ${period}`,
    };
  }
  if (vague(code) || vague(name)) return mismatch();

  // What is left: at least one side names an agency that does not exist in the period.
  if (code.status === "not-in-period" && name.status === "not-in-period") {
    return code.agencies.some((agency) => name.agencies.includes(agency)) ? settle(name) : mismatch();
  }
  return settle(code.status === "not-in-period" ? code : name);

  function mismatch(): AgencyResolution {
    return {
      ok: false,
      reason: "code-name-mismatch",
      message:
        `mã cơ quan và tên cơ quan không khớp nhau trong kỳ ${period}: ` +
        `mã "${ref.code?.trim()}" ${describe(code!)}, tên "${ref.name?.trim()}" ${describe(name!)}`,
    };
  }

  function describe(side: RefResolution): string {
    const label = (agencies: AgencyRegistry["agencies"]): string =>
      agencies.map((agency) => `${nameAsOf(agency, period)} (${agency.code})`).join(", ");
    switch (side.status) {
      case "ok":
        return `là ${label([side.agency])}`;
      case "ambiguous":
        return `khớp với nhiều cơ quan: ${label(side.agencies)}`;
      case "not-in-period":
        return `là ${label(side.agencies)}, không tồn tại trong kỳ này`;
      case "unknown":
        return "không có trong danh mục bộ, ngành, địa phương";
    }
  }
}

function settle(side: RefResolution): AgencyResolution {
  switch (side.status) {
    case "ok":
      return { ok: true, agency: side.agency };
    case "ambiguous":
    case "unknown":
      return { ok: false, reason: "unknown", message: side.message };
    case "not-in-period":
      return { ok: false, reason: "not-in-period", message: side.message };
  }
}
