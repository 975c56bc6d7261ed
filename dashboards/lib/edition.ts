/**
 * A per-agency edition (CAPDO_AGENCY = an agency code) holds that agency's own pages and the
 * national and group totals, nothing about any other agency; without it the site is national.
 */
export function editionAgency(): string | null {
  const code = process.env.CAPDO_AGENCY?.trim();
  return code ? code : null;
}

/** Pages (under src/) that list every agency: built only for the national site. */
export const NATIONAL_ONLY_PAGES = [
  "xep-hang-bo-nganh.md",
  "xep-hang-dia-phuong.md",
  "co-quan/index.md",
  "tuan-thu.md",
  "tinh-hinh-bao-cao.md",
  "chat-luong-du-lieu.md",
];

/** Data loaders (under src/) whose output lists every agency: removed from a per-agency edition. */
export const NATIONAL_ONLY_LOADERS = [
  "data/ranking-bo-nganh.json.ts",
  "data/ranking-dia-phuong.json.ts",
  "data/restated-provinces.json.ts",
  "data/provinces-2024.json.ts",
  "data/provinces-2025.json.ts",
  "data/agency-list.json.ts",
  "data/compliance.json.ts",
  "data/reporting.json.ts",
  "data/quality.json.ts",
];
