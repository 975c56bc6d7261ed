import { el } from "./el.js";
import { fmtDate, fmtPlace } from "./format.js";
import { REQUIREMENT_STATUS } from "./labels.js";

/**
 * An agency's information systems, one line each naming the requirements it does not meet (or
 * cannot be shown to meet); opened, each requirement with the evidence and the legal basis. All
 * text is the warehouse's, shown as text.
 */
export function systemList(systems, { requirementLabel }) {
  if (systems.length === 0) return el("p", { class: "small muted" }, "Không có hệ thống nào phù hợp.");
  return el("div", { "data-testid": "systems" }, systems.map((s) => el("details", { class: "system" },
    el("summary", {},
      el("span", { class: "system-title" }, s.system_name),
      el("span", { class: "muted" }, ` · cấp độ ${s.level}`),
      s.unmet.length === 0
        ? el("span", { class: "good" }, " · đạt mọi yêu cầu")
        : el("span", { class: "bad" }, ` · chưa đạt ${s.unmet.length}: ${s.unmet.map((u) => requirementLabel(u)).join(", ")}`)),
    el("div", { class: "legal" },
      `Phê duyệt HSĐXCĐ: ${s.approval_raw ?? "(để trống)"}${s.decision_no ? `, quyết định ${s.decision_no}` : ""}${s.approval_date ? ` ngày ${fmtDate(s.approval_date)}` : ""}`,
      ` · Triển khai phương án: ${s.implementation_raw ?? "(để trống)"}`,
      s.system_code ? ` · Mã hệ thống: ${s.system_code}` : "",
      s.operator ? ` · Đơn vị vận hành: ${s.operator}` : "",
      ` · Nguồn: ${s.file}, ${fmtPlace(s.sheet, s.row)}`),
    s.unmet.length === 0 ? null : el("ul", {}, s.unmet.map((u) => el("li", {},
      el("span", { class: u.status === "unmet" ? "bad" : "muted" }, `${REQUIREMENT_STATUS[u.status]}: `),
      el("strong", {}, requirementLabel(u)), ` — ${u.evidence}`,
      el("div", { class: "legal" }, `Căn cứ: ${u.legal_basis}`)))))));
}
