// Prefixes compared on folded words (no diacritics, lowercase, punctuation as spaces, "&" as "va").
const ADMINISTRATIVE_PREFIXES = ["uy ban nhan dan", "ubnd", "tinh", "thanh pho", "tp"];
// The provincial Department of Information and Communications reports on the province's behalf.
const ICT_DEPARTMENT_PREFIXES = [
  "so thong tin va truyen thong",
  "so thong tin truyen thong",
  "so tt va tt",
  "so tt tt",
  "so tttt",
  "so ttvtt",
  "so ttt",
];
// In 2025 that department merged into the Department of Science and Technology, which took over its reports.
const SCIENCE_DEPARTMENT_PREFIXES = ["so khoa hoc va cong nghe", "so kh va cn", "so kh cn", "so khcn"];
const SCIENCE_DEPARTMENT_FROM = "2025-03";

/**
 * The comparison key of an agency name: folded, leading administrative and reporting-department
 * prefixes stripped (possibly stacked: "Sở TT&TT - UBND tỉnh Kon Tum"), then all spaces removed so
 * "KonTum" = "Kon Tum". `period` enables the Science and Technology department prefix from 2025-03;
 * null (used for the index side) never strips it. `stripped` tells whether any prefix was removed:
 * such a name can only be a province.
 */
export function agencyNameKey(name: string, period: string | null): { key: string; stripped: boolean } {
  const prefixes = [...ADMINISTRATIVE_PREFIXES, ...ICT_DEPARTMENT_PREFIXES];
  if (period !== null && period >= SCIENCE_DEPARTMENT_FROM) prefixes.push(...SCIENCE_DEPARTMENT_PREFIXES);

  let words = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/&/g, " va ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

  let stripped = false;
  for (;;) {
    const prefix = prefixes.find((p) => words === p || words.startsWith(`${p} `));
    if (prefix === undefined) break;
    words = words.slice(prefix.length).trim();
    stripped = true;
  }
  return { key: words.replace(/ /g, ""), stripped };
}
