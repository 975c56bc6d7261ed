import { createHash } from "node:crypto";
import type { AgencyRegistry } from "./AgencyRegistry.ts";
import type { AgencyPeriodTruth, Bm01Content, Bm02Row, FilePlan, Placement, Ym, Ymd } from "./types.ts";
import { countBm01 } from "./countBm01.ts";
import { days } from "./days.ts";
import { months } from "./months.ts";
import { rowVerdict } from "./rowVerdict.ts";

export interface GeneratedFile {
  /** Path relative to the sources folder. */
  path: string;
  bytes: Buffer;
  /** null for files that are not submissions (lock files, the generator's marker). */
  plan: FilePlan | null;
  placements: Placement[];
}

export interface Truth {
  agencyPeriod: AgencyPeriodTruth[];
  sources: { agency_code: string; period: Ym; source_form: string; file: string; report_date: Ymd; quarterly: boolean }[];
  rejectedFiles: { file: string; reason: string }[];
  rejectedRows: { file: string; sheet: string; row: number; reason: string }[];
  skipped: string[];
  status: { agency_code: string; period: Ym; status: string; days_late: number | null }[];
  manifest: {
    file: string;
    status: "loaded" | "rejected" | "skipped";
    role: string;
    forms: string;
    agencies: string;
    periods: string;
    report_date: string;
    bytes: number;
    sha256: string;
    features: string;
  }[];
}

/** Code-point order of two strings (the contract's path order). */
function byCodePoint(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  for (let i = 0; i < Math.min(A.length, B.length); i++) {
    const x = A[i]?.codePointAt(0) ?? 0;
    const y = B[i]?.codePointAt(0) ?? 0;
    if (x !== y) return x - y;
  }
  return A.length - B.length;
}

/** The BM-02 reason a row is set aside, from its values. */
function bm02Verdict(row: Bm02Row): string | null {
  if (row.agencyCode === null) return "unknown agency";
  if (row.approved > row.total) return "approved > total";
  if (row.implemented > row.approved) return "implemented > approved";
  return null;
}

interface Bm01Cand {
  file: string;
  content: Bm01Content;
  placement: Placement;
}
interface Bm02Cand {
  file: string;
  date: Ymd;
  row: Bm02Row;
}

/**
 * The answer key, computed from what every file was made to say (never by
 * reading files back), by the contract's rules: skipped and rejected files;
 * byte-identical copies (the first in path order is the report); per agency
 * and period a BM-01 over a BM-02, the latest Ngày báo cáo among several of
 * one form; counted rows and rows set aside; submission status.
 */
export function computeTruth(files: GeneratedFile[], registry: AgencyRegistry): Truth {
  const sorted = files.slice().sort((a, b) => byCodePoint(a.path, b.path));
  const truth: Truth = { agencyPeriod: [], sources: [], rejectedFiles: [], rejectedRows: [], skipped: [], status: [], manifest: [] };
  const role = new Map<string, string>();
  const firstOfHash = new Map<string, string>();
  const bm01 = new Map<string, Bm01Cand[]>();
  const bm02 = new Map<string, Bm02Cand[]>();
  const hashOf = new Map<string, string>();
  const setAsideKnown: string[] = [];

  for (const f of sorted) {
    const hash = createHash("sha256").update(f.bytes).digest("hex");
    hashOf.set(f.path, hash);
    const plan = f.plan;
    const base = f.path.slice(f.path.lastIndexOf("/") + 1);
    if (!plan || plan.format === "lock" || base.startsWith("~$") || base.startsWith(".")) {
      truth.skipped.push(f.path);
      role.set(f.path, "skipped");
      continue;
    }
    if (plan.reject) {
      truth.rejectedFiles.push({ file: f.path, reason: plan.reject });
      role.set(f.path, "rejected");
      continue;
    }
    const earlier = firstOfHash.get(hash);
    if (earlier !== undefined) {
      role.set(f.path, `duplicate of ${earlier}`);
      continue;
    }
    firstOfHash.set(hash, f.path);
    role.set(f.path, "not-counted");
    plan.contents.forEach((c, i) => {
      const placement = f.placements[i] ?? { sheet: "", rows: [] };
      if (c.form === "BM-01") {
        if (c.agencyCode === null) throw new Error(`${f.path}: a loaded BM-01 without agency`);
        const key = `${c.agencyCode}|${c.period}`;
        bm01.set(key, [...(bm01.get(key) ?? []), { file: f.path, content: c, placement }]);
        return;
      }
      c.rows.forEach((row, j) => {
        const verdict = bm02Verdict(row);
        if ((verdict ?? undefined) !== row.reject) throw new Error(`${f.path}: BM-02 row ${j} planned as ${row.reject} but is ${verdict}`);
        if (verdict) {
          if (row.agencyCode) setAsideKnown.push(`${row.agencyCode}|${c.period}`);
          truth.rejectedRows.push({ file: f.path, sheet: placement.sheet, row: placement.rows[j] ?? 0, reason: verdict });
          return;
        }
        const key = `${row.agencyCode}|${c.period}`;
        bm02.set(key, [...(bm02.get(key) ?? []), { file: f.path, date: c.reportDate, row }]);
      });
    });
  }

  const latest = <T>(list: T[], dateOf: (x: T) => Ymd, what: string): T => {
    const top = list.reduce((a, b) => (dateOf(b) > dateOf(a) ? b : a));
    if (list.filter((x) => dateOf(x) === dateOf(top)).length > 1) throw new Error(`${what}: two reports with the same Ngày báo cáo`);
    return top;
  };

  // A set-aside BM-02 row of a known agency must be that agency's only BM-02 of the period:
  // the contract does not say whether a superseded row is set aside, so the planner avoids it.
  for (const key of setAsideKnown) {
    if (bm02.has(key)) throw new Error(`${key}: set-aside BM-02 row of an agency with another BM-02`);
  }

  const keys = [...new Set([...bm01.keys(), ...bm02.keys()])];
  const superseded = new Set<string>();
  for (const key of keys) {
    const [code = "", period = ""] = key.split("|");
    const group = registry.get(code).group;
    const list01 = bm01.get(key) ?? [];
    if (list01.length > 0) {
      const top = latest(list01, (x) => x.content.reportDate, key);
      for (const other of list01) {
        if (other === top) continue;
        superseded.add(other.file);
        if (other.content.rows.some((row) => rowVerdict(row) !== null)) throw new Error(`${other.file}: superseded report with rows to set aside`);
      }
      const counts = countBm01(top.content.rows);
      truth.agencyPeriod.push({ agency_code: code, agency_group: group, period, source_form: "BM-01", total_systems: counts.total, approved_systems: counts.approved, implemented_systems: counts.implemented });
      truth.sources.push({ agency_code: code, period, source_form: "BM-01", file: top.file, report_date: top.content.reportDate, quarterly: top.content.quarterly });
      role.set(top.file, "counted");
      top.content.rows.forEach((row, j) => {
        const verdict = rowVerdict(row);
        if (verdict !== (row.reject ?? null)) throw new Error(`${top.file}: row ${j} planned as ${row.reject} but is ${verdict}`);
        if (verdict) truth.rejectedRows.push({ file: top.file, sheet: top.placement.sheet, row: top.placement.rows[j] ?? 0, reason: verdict });
      });
      continue;
    }
    const top = latest(bm02.get(key) ?? [], (x) => x.date, key);
    truth.agencyPeriod.push({ agency_code: code, agency_group: group, period, source_form: "BM-02", total_systems: top.row.total, approved_systems: top.row.approved, implemented_systems: top.row.implemented });
    truth.sources.push({ agency_code: code, period, source_form: "BM-02", file: top.file, report_date: top.date, quarterly: false });
    role.set(top.file, "counted");
  }
  for (const f of superseded) if (role.get(f) !== "counted") role.set(f, "superseded");

  const order = (a: { period: string; agency_code: string }, b: { period: string; agency_code: string }, ga: string, gb: string) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : ga < gb ? -1 : ga > gb ? 1 : byCodePoint(a.agency_code, b.agency_code);
  truth.agencyPeriod.sort((a, b) => order(a, b, a.agency_group, b.agency_group));
  const groupOf = (c: string) => registry.get(c).group;
  truth.sources.sort((a, b) => order(a, b, groupOf(a.agency_code), groupOf(b.agency_code)));
  truth.rejectedFiles.sort((a, b) => byCodePoint(a.file, b.file));
  truth.rejectedRows.sort((a, b) => byCodePoint(a.file, b.file) || byCodePoint(a.sheet, b.sheet) || a.row - b.row);

  // Submission status, month by month, for every agency with a counted report.
  const counted = new Map(truth.sources.map((s) => [`${s.agency_code}|${s.period}`, s]));
  const allPeriods = truth.agencyPeriod.map((r) => r.period);
  if (allPeriods.length > 0) {
    const lo = months.index(allPeriods.reduce((a, b) => (a < b ? a : b)));
    const hi = months.index(allPeriods.reduce((a, b) => (a > b ? a : b)));
    const codes = [...new Set(truth.agencyPeriod.map((r) => r.agency_code))];
    for (const code of codes) {
      for (let i = lo; i <= hi; i++) {
        const period = months.fromIndex(i);
        if (!registry.existsIn(code, period)) continue;
        const src = counted.get(`${code}|${period}`);
        if (src) {
          const due = days.make(months.year(period), months.month(period), 20);
          const late = days.diff(due, src.report_date);
          truth.status.push({ agency_code: code, period, status: late > 0 ? "late" : "on_time", days_late: late > 0 ? late : null });
          continue;
        }
        const qEnd = months.add(period, 3 - (((months.month(period) - 1) % 3) + 1));
        const q = counted.get(`${code}|${qEnd}`);
        truth.status.push({ agency_code: code, period, status: qEnd !== period && q?.quarterly ? "quarterly" : "missing", days_late: null });
      }
    }
    truth.status.sort((a, b) => order(a, b, groupOf(a.agency_code), groupOf(b.agency_code)));
  }

  for (const f of sorted) {
    const plan = f.plan;
    const r = role.get(f.path) ?? "skipped";
    const status = r === "skipped" ? "skipped" : r === "rejected" ? "rejected" : "loaded";
    const contents = plan?.contents ?? [];
    const agencies = new Set<string>();
    for (const c of contents) {
      if (c.form === "BM-01") agencies.add(c.agencyCode ?? c.agencyLabel);
      else for (const row of c.rows) agencies.add(row.agencyCode ?? row.agencyLabel);
    }
    truth.manifest.push({
      file: f.path,
      status,
      role: r,
      forms: [...new Set(contents.map((c) => c.form))].join(" "),
      agencies: [...agencies].join(" "),
      periods: [...new Set(contents.map((c) => c.period))].join(" "),
      report_date: [...new Set(contents.map((c) => c.reportDate))].join(" "),
      bytes: f.bytes.length,
      sha256: hashOf.get(f.path) ?? "",
      features: (plan?.tags ?? []).slice().sort().join(" "),
    });
  }
  return truth;
}
