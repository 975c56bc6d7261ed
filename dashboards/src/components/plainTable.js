import { el } from "./el.js";

/**
 * A simple static table: `columns` are {label, value(row) → text | node | array, num?, nowrap?}. Values
 * are appended as text nodes (see el.js).
 */
export function plainTable(rows, columns, { empty = "Không có dữ liệu.", testid, limit = Infinity } = {}) {
  if (rows.length === 0) return el("p", { class: "small muted", "data-testid": testid }, empty);
  const shown = rows.slice(0, limit);
  return el("div", { style: "overflow-x: auto;" },
    el("table", { class: "plain", "data-testid": testid },
      el("thead", {}, el("tr", {}, columns.map((c) => el("th", { class: c.num ? "num" : null }, c.label)))),
      el("tbody", {}, shown.map((row) => el("tr", {}, columns.map((c) => el("td", { class: c.num ? "num" : c.nowrap ? "nowrap" : null }, c.value(row))))))),
    rows.length > shown.length ? el("p", { class: "small muted" }, `Hiển thị ${shown.length} trên ${rows.length} dòng.`) : null);
}
