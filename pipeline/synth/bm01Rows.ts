import type { Rng } from "./Rng.ts";
import type { Bm01Row, RowRejectReason, SystemState } from "./types.ts";

const EXTRA_NAMES = [
  "Hệ thống wifi công cộng",
  "Phần mềm quản lý tài sản công",
  "Hệ thống camera an ninh trụ sở",
  "Phần mềm chấm công",
  "Hệ thống thông tin quản lý văn bản quy phạm pháp luật",
  "Trang thông tin điện tử Công đoàn",
  "Phần mềm quản lý thi đua, khen thưởng",
];

/** The semantic rows of a BM-01 and the deliberate changes made to them. */
export const bm01Rows = {
  fromStates(states: SystemState[], rng: Rng): Bm01Row[] {
    return states.map((s) => ({
      name: s.spec.name,
      code: s.spec.code,
      operator: s.spec.operator,
      level: { kind: "valid", n: s.spec.level },
      approval: s.approved ? "approved" : s.review ? "review" : "not",
      impl: s.impl,
      decisionNo: s.approved && rng.chance(0.92) ? s.spec.decisionNo : null,
      approvalDate: s.approved && rng.chance(0.85) ? s.approvalDate : null,
      lastCheck: s.spec.lastCheck,
      monitored: s.spec.monitored,
      connected: s.spec.connected,
      drillYear: s.spec.drillYear,
      note: s.spec.note,
      vendor: s.spec.vendor,
      url: s.spec.url,
    }));
  },

  /**
   * An earlier or stale version of the same register: some approvals not yet
   * given, some plans not yet fully implemented, perhaps a system missing.
   * Always changes at least one count.
   */
  perturb(rows: Bm01Row[], rng: Rng, strength: number): Bm01Row[] {
    const out = rows.map((r) => ({ ...r }));
    const approved = out.map((r, i) => (r.approval === "approved" ? i : -1)).filter((i) => i >= 0);
    let changed = 0;
    for (const i of rng.sample(approved, rng.int(1, strength))) {
      const r = out[i];
      if (!r) continue;
      r.approval = rng.chance(0.6) ? "review" : "not";
      r.decisionNo = null;
      r.approvalDate = null;
      if (r.impl === "full") r.impl = "partial";
      changed++;
    }
    if (changed === 0 || rng.chance(0.3)) {
      if (out.length > 1) out.splice(rng.int(0, out.length - 1), 1);
      else out.push({ ...(out[0] ?? rowTemplate()), name: rng.pick(EXTRA_NAMES) });
    }
    return out;
  },

  /** Inserts rows that must be set aside: no name, blank level, invalid level. */
  addBadRows(rows: Bm01Row[], rng: Rng, count: number): Bm01Row[] {
    const out = rows.slice();
    const names = rng.shuffle(EXTRA_NAMES);
    for (let k = 0; k < count; k++) {
      const reason = rng.pick<RowRejectReason>(["missing system name", "missing level", "invalid level", "invalid level"]);
      const base = rowTemplate();
      base.name = names[k % names.length] ?? "Hệ thống khác";
      base.approval = rng.pick(["not", "review", "approved"] as const);
      base.impl = base.approval === "approved" ? rng.pick(["partial", "none", "full"] as const) : "none";
      base.level = { kind: "valid", n: rng.pick([1, 2, 2, 3]) };
      if (reason === "missing system name") {
        base.name = rng.chance(0.5) ? null : "   ";
        if (rng.chance(0.3)) base.level = { kind: "invalid", raw: "cao" };
      } else if (reason === "missing level") {
        base.level = { kind: "blank" };
      } else {
        base.level = { kind: "invalid", raw: rng.pick<string | number>([6, 0, "cao", "0", "Cấp độ 6", 6]) };
      }
      base.reject = reason;
      // Not the first row: a table that begins with a nameless row looks like a header.
      out.splice(rng.int(1, Math.max(1, out.length)), 0, base);
    }
    return out;
  },

  /** One or two blank status cells on rows that are not approved / not full. */
  blankStatus(rows: Bm01Row[], rng: Rng): Bm01Row[] {
    const out = rows.map((r) => ({ ...r }));
    const notApproved = out.filter((r) => r.approval === "not" || r.approval === "review");
    const notFull = out.filter((r) => r.impl === "partial" || r.impl === "none");
    for (const r of rng.sample(notApproved, rng.int(0, 1))) r.approval = "blank";
    for (const r of rng.sample(notFull, 1)) r.impl = "blank";
    return out;
  },

  /** Status words outside the vocabulary ("Chờ phê duyệt", "Đang cập nhật"). */
  unknownStatus(rows: Bm01Row[], rng: Rng): Bm01Row[] {
    const out = rows.map((r) => ({ ...r }));
    const notApproved = out.filter((r) => r.approval === "not" || r.approval === "review");
    const notFull = out.filter((r) => r.impl === "partial" || r.impl === "none");
    for (const r of rng.sample(notApproved, 1)) {
      r.approval = "unknown";
      r.approvalRaw = rng.pick(["Chờ phê duyệt", "Đã gửi hồ sơ"]);
    }
    for (const r of rng.sample(notFull, 1)) {
      r.impl = "unknown";
      r.implRaw = rng.pick(["Đang cập nhật", "Đang triển khai"]);
    }
    return out;
  },

  /** The same system listed twice (both rows count). */
  duplicateName(rows: Bm01Row[], rng: Rng): Bm01Row[] {
    const out = rows.slice();
    if (out.length < 2) return out;
    const i = rng.int(0, out.length - 2);
    const src = out[i];
    if (src) out.splice(rng.int(i + 1, out.length), 0, { ...src });
    return out;
  },
};

function rowTemplate(): Bm01Row {
  return {
    name: null,
    code: "",
    operator: "Văn phòng",
    level: { kind: "valid", n: 2 },
    approval: "not",
    impl: "none",
    decisionNo: null,
    approvalDate: null,
    lastCheck: null,
    monitored: null,
    connected: null,
    drillYear: null,
    note: null,
    vendor: "Tự phát triển",
    url: "",
  };
}
