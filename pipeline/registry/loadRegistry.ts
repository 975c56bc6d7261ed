import type { AgencyRegistry } from "./AgencyRegistry.ts";
import { agencyNameKey } from "./agencyNameKey.ts";
import { buildAgencies } from "./buildAgencies.ts";
import { defaultPaths } from "./defaultPaths.ts";
import { loadAliases } from "./loadAliases.ts";
import { monthsOverlap } from "./monthsOverlap.ts";

type NameEntry = AgencyRegistry["nameIndex"] extends Map<string, (infer E)[]> ? E : never;

/**
 * Loads the agency registry: the four reference lists merged into one agency per code, plus the
 * analyst aliases, indexed for resolution. Synchronous. Throws a Vietnamese message when the lists
 * or aliases are malformed, or when two agencies would answer to the same spelling or official
 * code in the same month (an alias that makes a name ambiguous is refused here, not at resolution).
 */
export function loadRegistry(options: { referenceDir?: string; aliasesFile?: string } = {}): AgencyRegistry {
  const referenceDir = options.referenceDir ?? defaultPaths.referenceDir;
  const aliasesFile = options.aliasesFile ?? defaultPaths.aliasesFile;

  const agencies = buildAgencies(referenceDir);
  const byCode = new Map(agencies.map((agency) => [agency.code, agency]));
  const aliases = loadAliases(aliasesFile, new Set(byCode.keys()));

  const nameIndex: AgencyRegistry["nameIndex"] = new Map();
  const addName = (spelling: string, entry: NameEntry): void => {
    const { key } = agencyNameKey(spelling, null);
    if (key === "") return;
    const entries = nameIndex.get(key) ?? [];
    const clash = entries.find((other) => other.code !== entry.code && monthsOverlap(other, entry));
    if (clash) {
      const source = entry.alias || clash.alias ? `Tệp bí danh cơ quan "${aliasesFile}"` : `Danh mục cơ quan "${referenceDir}"`;
      throw new Error(
        `${source}: ${describe(clash)} và ${describe(entry)} trùng nhau khi so khớp trong cùng thời kỳ; ` +
          `hãy sửa hoặc xóa bí danh để mỗi cách viết chỉ ứng với một cơ quan.`,
      );
    }
    entries.push(entry);
    nameIndex.set(key, entries);
  };
  for (const agency of agencies) {
    for (const { name, from, to } of agency.names) addName(name, { code: agency.code, spelling: name, alias: false, from, to });
  }
  for (const { alias, code } of aliases) {
    const agency = byCode.get(code);
    // An alias applies only while its agency exists.
    if (agency) addName(alias, { code, spelling: alias, alias: true, from: agency.validFrom, to: agency.validTo });
  }

  const officialCodeIndex: AgencyRegistry["officialCodeIndex"] = new Map();
  for (const agency of agencies) {
    for (const { code, from, to } of agency.officialCodes) {
      const entries = officialCodeIndex.get(code) ?? [];
      const clash = entries.find((other) => monthsOverlap(other, { from, to }));
      if (clash) {
        throw new Error(
          `Danh mục cơ quan "${referenceDir}": mã tỉnh "${code}" được dùng cho cả ${clash.code} và ${agency.code} trong cùng thời kỳ.`,
        );
      }
      entries.push({ code: agency.code, from, to });
      officialCodeIndex.set(code, entries);
    }
  }

  return { agencies, byCode, nameIndex, officialCodeIndex, aliases };
}

function describe(entry: NameEntry): string {
  return `${entry.alias ? "bí danh" : "tên"} "${entry.spelling}" (mã ${entry.code})`;
}
