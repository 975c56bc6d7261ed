import { el } from "./el.js";
import { fmtInt } from "./format.js";

/** The agencies of a ranking with no figures at all this month (rows of ranking_missing.sql). */
export function missingList(rows) {
  if (rows.length === 0) return el("p", { class: "small muted" }, "Mọi cơ quan trong nhóm đều có số liệu.");
  return el("details", { open: rows.length <= 12, "data-testid": "missing" },
    el("summary", {}, `${fmtInt(rows.length)} cơ quan chưa có báo cáo nào, không có trong bảng xếp hạng`),
    el("ul", { class: "list small" }, rows.map((d) => el("li", {},
      el("a", { href: `./co-quan/${encodeURIComponent(d.agency_code)}` }, d.agency_name ?? d.agency_code)))));
}
