import { join } from "node:path";
import type { Agency } from "./Agency.ts";
import type { AgencyGroup } from "./AgencyGroup.ts";
import { readTsv } from "./readTsv.ts";
import { shiftMonth } from "./shiftMonth.ts";

// First month of the new structure: ministries reorganised on 1 March 2025, provinces on 1 July 2025.
const REORGANISATION_MONTH: Record<AgencyGroup, string> = { bo_nganh: "2025-03", dia_phuong: "2025-07" };

const LISTS: Record<AgencyGroup, { before: string; after: string; beforeColumns: string[]; afterColumns: string[] }> = {
  bo_nganh: {
    before: "ministries_2024.tsv",
    after: "ministries_2025.tsv",
    beforeColumns: ["code", "name", "kind", "valid_to", "successor"],
    afterColumns: ["code", "name", "kind", "valid_from", "predecessors"],
  },
  dia_phuong: {
    before: "provinces_2024.tsv",
    after: "provinces_2025.tsv",
    beforeColumns: ["code", "official_code", "name", "valid_to", "successor"],
    afterColumns: ["code", "official_code", "name", "valid_from", "predecessors"],
  },
};

type Row = Record<string, string>;

/**
 * The agencies of the four reference lists, merged: a code in both the 2024 and the 2025 list is
 * one agency whose 2025 name and official code apply from the reorganisation month when they differ.
 * Ministries come first, then provinces; each in 2024-list order, then the new 2025 agencies.
 */
export function buildAgencies(referenceDir: string): Agency[] {
  const agencies = [...mergeLists(referenceDir, "bo_nganh"), ...mergeLists(referenceDir, "dia_phuong")];
  const codes = new Set(agencies.map((a) => a.code));
  for (const agency of agencies) {
    for (const linked of [agency.successor, ...agency.predecessors]) {
      if (linked !== null && !codes.has(linked)) {
        throw new Error(
          `Danh mục cơ quan trong "${referenceDir}": cơ quan ${agency.code} dẫn chiếu mã "${linked}" không có trong danh mục.`,
        );
      }
    }
  }
  return agencies;
}

function mergeLists(referenceDir: string, group: AgencyGroup): Agency[] {
  const spec = LISTS[group];
  const beforeFile = join(referenceDir, spec.before);
  const afterFile = join(referenceDir, spec.after);
  const before = byCode(beforeFile, readTsv(beforeFile, spec.beforeColumns));
  const after = byCode(afterFile, readTsv(afterFile, spec.afterColumns));
  const reorganisation = REORGANISATION_MONTH[group];
  const lastBefore = shiftMonth(reorganisation, -1);

  const agencies: Agency[] = [];
  for (const [code, old] of before) {
    const next = after.get(code);
    const validFrom = next ? month(afterFile, code, next.valid_from ?? "") : null;
    const validTo = month(beforeFile, code, old.valid_to ?? "");
    if (!next && validTo === null) {
      throw new Error(`Tệp "${beforeFile}": mã ${code} không có trong "${afterFile}" nhưng thiếu valid_to.`);
    }
    agencies.push({
      code,
      group,
      kind: group === "dia_phuong" ? "tinh" : next?.kind || old.kind || "",
      validFrom,
      validTo,
      names: versions(old.name ?? "", next?.name, validFrom, validTo, lastBefore, reorganisation).map(
        ({ value, from, to }) => ({ name: value, from, to }),
      ),
      officialCodes:
        group === "dia_phuong"
          ? versions(
              officialCode(beforeFile, code, old.official_code ?? ""),
              next ? officialCode(afterFile, code, next.official_code ?? "") : undefined,
              validFrom,
              validTo,
              lastBefore,
              reorganisation,
            ).map(({ value, from, to }) => ({ code: value, from, to }))
          : [],
      successor: old.successor || null,
      predecessors: codeList(next?.predecessors),
    });
  }
  for (const [code, row] of after) {
    if (before.has(code)) continue;
    const validFrom = month(afterFile, code, row.valid_from ?? "");
    if (validFrom === null) {
      throw new Error(`Tệp "${afterFile}": mã ${code} không có trong "${beforeFile}" nhưng thiếu valid_from.`);
    }
    const codeFrom = validFrom > reorganisation ? validFrom : reorganisation;
    agencies.push({
      code,
      group,
      kind: group === "dia_phuong" ? "tinh" : row.kind || "",
      validFrom,
      validTo: null,
      names: [{ name: row.name ?? "", from: validFrom, to: null }],
      officialCodes:
        group === "dia_phuong" ? [{ code: officialCode(afterFile, code, row.official_code ?? ""), from: codeFrom, to: null }] : [],
      successor: null,
      predecessors: codeList(row.predecessors),
    });
  }
  return agencies;
}

/** One value over the agency's lifetime, or the 2024 value then the 2025 value from the reorganisation. */
function versions(
  old: string,
  next: string | undefined,
  validFrom: string | null,
  validTo: string | null,
  lastBefore: string,
  reorganisation: string,
): { value: string; from: string | null; to: string | null }[] {
  if (next === undefined || next === old) return [{ value: old, from: validFrom, to: validTo }];
  return [
    { value: old, from: validFrom, to: lastBefore },
    { value: next, from: reorganisation, to: validTo },
  ];
}

function byCode(file: string, rows: Row[]): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of rows) {
    const code = (row.code ?? "").toUpperCase();
    if (code === "") throw new Error(`Tệp "${file}": có dòng thiếu mã cơ quan (cột code).`);
    if (map.has(code)) throw new Error(`Tệp "${file}": mã cơ quan ${code} xuất hiện hai lần.`);
    if ((row.name ?? "") === "") throw new Error(`Tệp "${file}": mã ${code} thiếu tên cơ quan (cột name).`);
    map.set(code, row);
  }
  return map;
}

/** "2025-06-30" → "2025-06"; blank → null. */
function month(file: string, code: string, date: string): string | null {
  if (date === "") return null;
  if (!/^\d{4}-(0[1-9]|1[0-2])-\d{2}$/.test(date)) {
    throw new Error(`Tệp "${file}": mã ${code} có ngày "${date}" không hợp lệ (cần dạng YYYY-MM-DD).`);
  }
  return date.slice(0, 7);
}

function officialCode(file: string, code: string, value: string): string {
  if (!/^\d{1,3}$/.test(value) || Number(value) > 99) {
    throw new Error(`Tệp "${file}": mã ${code} có mã tỉnh "${value}" không hợp lệ (cần số có hai chữ số).`);
  }
  return String(Number(value)).padStart(2, "0");
}

function codeList(value: string | undefined): string[] {
  return (value ?? "").split(/\s+/).filter((code) => code !== "").map((code) => code.toUpperCase());
}
