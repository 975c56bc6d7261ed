// Observable Framework configuration of the capdo dashboard. Built by pipeline/dashboard/buildDashboard.ts
// (`capdo dashboard`, `capdo run`), which sets CAPDO_DB (the warehouse), CAPDO_AGENCY (a per-agency
// edition), CAPDO_SOURCES_DIR and CAPDO_EXPORTS_DIR, and runs the build with no network.
import { editionAgency } from "./lib/edition.ts";
import { pageAgencies } from "./lib/pageAgencies.ts";
import { withWarehouse } from "./lib/warehouse.ts";

const agency = editionAgency();
const agencies = await withWarehouse((query) => pageAgencies(query, agency));
const own = agency ? agencies[0] : undefined;
if (agency && !own) throw new Error(`Không có cơ quan mã ${agency} trong kho dữ liệu`);

const NATIONAL_PAGES = [
  { name: "Xếp hạng bộ, ngành", path: "/xep-hang-bo-nganh" },
  { name: "Xếp hạng địa phương", path: "/xep-hang-dia-phuong" },
  { name: "Các cơ quan", path: "/co-quan/" },
  { name: "Tuân thủ", path: "/tuan-thu" },
  { name: "Tình hình báo cáo", path: "/tinh-hinh-bao-cao" },
  { name: "Chất lượng dữ liệu", path: "/chat-luong-du-lieu" },
  { name: "Tải về", path: "/tai-ve" },
];

export default {
  root: "src",
  output: process.env.CAPDO_DASHBOARD_OUTPUT ?? "dist",
  title: "An toàn HTTT theo cấp độ",
  home: "Tổng quan",
  pages: own
    ? [{ name: String(own.agency_name), path: `/co-quan/${own.agency_code}` }, { name: "Tải về", path: "/tai-ve" }]
    : NATIONAL_PAGES,
  dynamicPaths: agencies.map((a) => `/co-quan/${a.agency_code}`),
  pager: false,
  toc: false,
  // Offline: no search index, no Google Fonts; Be Vietnam Pro is embedded in fonts.css (written
  // by buildDashboard from @fontsource/be-vietnam-pro), the theme and Inputs' styles in style.css.
  search: false,
  globalStylesheets: ["/fonts.css"],
  style: "style.css",
  // The header, footer, favicon and lang="vi" are added to the built pages by
  // pipeline/dashboard/finishSite.ts: given here, Framework parses them again for every page,
  // which more than doubles the build of a national site (over a hundred agency pages).
  head: "",
  header: "",
  footer: "",
  interpreters: { ".ts": [process.execPath, "--import", import.meta.resolve("tsx")] },
};
