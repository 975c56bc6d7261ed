import type { AgencyRegistry } from "./AgencyRegistry.ts";
import type { Bm01Content, Bm01Row, Bm02Content, Content, CsvVariant, FilePlan, ReporterRole, SynthOptions, Ym, Ymd } from "./types.ts";
import { ContentFactory } from "./ContentFactory.ts";
import { DateBook } from "./DateBook.ts";
import { Rng } from "./Rng.ts";
import { SystemBook } from "./SystemBook.ts";
import { agencySpelling } from "./agencySpelling.ts";
import { assignRoles } from "./assignRoles.ts";
import { bm01Rows } from "./bm01Rows.ts";
import { buildSystemList } from "./buildSystemList.ts";
import { countBm01 } from "./countBm01.ts";
import { days } from "./days.ts";
import { makeFileName } from "./makeFileName.ts";
import { months } from "./months.ts";
import { periodLabel } from "./periodLabel.ts";
import { pickAgencies } from "./pickAgencies.ts";
import { styleFlags, type StyleKind } from "./styleFlags.ts";

export interface RunPlan {
  plans: FilePlan[];
  periods: Ym[];
  picked: string[];
  /** Agencies that take over picked ones in the 2025 reorganisation, from the month they report. */
  successors: Map<string, Ym>;
  roles: Map<string, ReporterRole>;
}

interface AgencyMonth {
  code: string;
  period: Ym;
  role: ReporterRole;
}

type BadKind = "truncate" | "empty" | "html" | "csv-as-xlsx" | "half-year" | "missing-column";

const FORCED_CSV: CsvVariant[] = [
  { encoding: "utf8-bom", sep: ",", meta: "block", eol: "\r\n" },
  { encoding: "utf8", sep: ";", meta: "columns", eol: "\n" },
  { encoding: "utf16le-tab", sep: "\t", meta: "block", eol: "\r\n" },
  { encoding: "windows-1258", sep: ";", meta: "block", eol: "\r\n" },
  { encoding: "windows-1258", sep: ",", meta: "columns", eol: "\r\n" },
  { encoding: "utf8-bom", sep: ";", meta: "columns", eol: "\r\n" },
];

const UNKNOWN_AGENCY = "Sở Du lịch tỉnh ABC";

/**
 * Plans every file of a run: which agency reports what for which period, in
 * which format, with which mess, plus resubmissions, duplicates, bad files,
 * consolidated BM-02 workbooks and lock files. Nothing is rendered here.
 */
export function planRun(opts: SynthOptions, registry: AgencyRegistry): RunPlan {
  const root = new Rng(opts.seed);
  const periods = Array.from({ length: opts.months }, (_, k) => months.add(opts.start, k));
  const first = periods[0] ?? opts.start;
  const last = periods[periods.length - 1] ?? opts.start;
  const picked = pickAgencies(registry, opts.agencies, root.fork("pick"), first);
  const roles = assignRoles(registry, picked, root.fork("roles"), periods);
  const book = new SystemBook(registry, root.fork("book"), roles);
  const factory = new ContentFactory(registry, book);
  const dates = new DateBook();
  const plans: FilePlan[] = [];

  // Successors of picked agencies (2025 reorganisation) report from the merger on.
  const successors = new Map<string, Ym>();
  for (const code of registry.codes2025) {
    const a = registry.get(code);
    if (picked.includes(code)) continue;
    const from = a.validFrom ?? a.switchMonth;
    if (from <= last && a.absorbs.some((p) => picked.includes(p))) successors.set(code, from);
  }
  const reportersIn = (p: Ym): string[] => [
    ...picked.filter((c) => registry.existsIn(c, p)),
    ...[...successors].filter(([c, from]) => p >= from && registry.existsIn(c, p)).map(([c]) => c),
  ];

  const ams: AgencyMonth[] = [];
  for (const period of periods) {
    for (const code of reportersIn(period)) {
      // A successor that takes over no systems reports 0 by BM-02 rather than an empty register.
      const role = roles.get(code) ?? (book.statesAt(code, period).length === 0 ? "zero" : "bm01");
      if (role === "quarterly" && !months.isQuarterEnd(period)) continue;
      ams.push({ code, period, role });
    }
  }
  const n = ams.length;

  // --- who gets which mess (quotas, so that small runs still show everything) ---
  const deck = root.fork("deck");
  const missing = new Set(
    deck.sample(ams.filter((a) => a.period !== first && a.role !== "zero" && a.role !== "quarterly"), Math.round(0.025 * n)),
  );
  const present = ams.filter((a) => !missing.has(a));
  // The quarterly reporter goes last, so that bad files rarely hit its few reports.
  const bm01Pool = [
    ...deck.shuffle(present.filter((a) => a.role === "bm01")),
    ...deck.shuffle(present.filter((a) => a.role === "quarterly")),
  ];
  let cursor = 0;
  const take = (k: number) => {
    const s = bm01Pool.slice(cursor, cursor + k);
    cursor += s.length;
    return s;
  };
  const k1 = Math.max(1, Math.round(n / 150));
  const k2 = Math.round(n / 300);
  const badFiles = new Map<AgencyMonth, BadKind>();
  // Tiny runs keep their few reports intact.
  const victims = bm01Pool.length >= 12 ? k1 : 0;
  for (const kind of ["truncate", "empty", "html", "csv-as-xlsx"] as BadKind[]) for (const am of take(victims)) badFiles.set(am, kind);
  for (const kind of ["half-year", "missing-column"] as BadKind[]) for (const am of take(k2)) badFiles.set(am, kind);
  const resubmit = new Set(take(Math.max(1, Math.round(0.03 * n))));
  const combined = new Set(take(Math.max(1, Math.round(0.04 * n))));
  const csvSet = new Set(take(Math.max(6, Math.round(0.15 * n))));
  const clean = bm01Pool.filter((a) => !badFiles.has(a));
  const badRows = new Set(deck.sample(clean, Math.max(2, Math.round(0.05 * n))));
  const blankStatus = new Set(deck.sample(clean, Math.max(1, Math.round(0.02 * n))));
  const unknownStatus = new Set(deck.sample(clean, Math.max(1, Math.round(0.015 * n))));
  const dupName = new Set(deck.sample(clean, Math.max(1, Math.round(0.01 * n))));
  const bm02Pool = present.filter((a) => a.role === "bm02" || a.role === "zero");
  const bm02Csv = new Set(deck.sample(bm02Pool, bm02Pool.length === 0 ? 0 : Math.max(1, Math.round(0.25 * bm02Pool.length))));

  let nextId = 0;
  const newPlan = (contents: Content[], format: FilePlan["format"], date: Ymd, rng: Rng, tags: string[]): FilePlan => {
    const plan: FilePlan = {
      id: `f${String(nextId++).padStart(5, "0")}`,
      path: "",
      batch: 0,
      format,
      contents,
      flags: new Set(),
      csv: null,
      stale: null,
      reject: null,
      damage: null,
      copyOf: null,
      arrival: days.add(date, rng.int(0, 2)),
      ext: format === "csv" ? "csv" : "xlsx",
      tags,
    };
    plans.push(plan);
    return plan;
  };
  const drawDate = (rng: Rng, period: Ym): Ymd => {
    const late = rng.chance(0.2);
    const d = late ? rng.int(21, months.lastDay(period)) : rng.int(3, 20);
    return days.make(months.year(period), months.month(period), d);
  };

  // --- one report per agency-month ---------------------------------------------
  const cleanRowsOf = new Map<Bm01Content, Bm01Row[]>();
  for (const am of present) {
    const { code, period, role } = am;
    const r = root.fork(`am:${code}:${period}`);
    if (role === "bm02" || role === "zero") {
      const date = dates.reserve(code, period, "BM-02", drawDate(r, period));
      const content = factory.bm02Own(code, period, date, r);
      newPlan([content], bm02Csv.has(am) ? "csv" : "xlsx", date, r, [role === "zero" ? "zero-systems" : "bm02-only"]);
      continue;
    }
    const quarterly = role === "quarterly";
    const cleanRows = bm01Rows.fromStates(book.statesAt(code, period), r);
    let rows = cleanRows;
    const tags: string[] = quarterly ? ["quarterly"] : [];
    if (blankStatus.has(am)) {
      rows = bm01Rows.blankStatus(rows, r);
      tags.push("blank-status");
    }
    if (unknownStatus.has(am)) {
      rows = bm01Rows.unknownStatus(rows, r);
      tags.push("unknown-status");
    }
    if (dupName.has(am)) {
      rows = bm01Rows.duplicateName(rows, r);
      tags.push("duplicate-system-name");
    }
    if (badRows.has(am)) {
      rows = bm01Rows.addBadRows(rows, r, r.int(1, 3));
      tags.push("bad-rows");
    }
    if (rows.some((x) => x.approval !== "approved" && x.impl === "full")) tags.push("implemented-not-approved");
    const format = csvSet.has(am) ? "csv" : "xlsx";
    if (resubmit.has(am)) {
      const d1 = days.make(months.year(period), months.month(period), r.int(3, 16));
      const d2 = dates.reserve(code, period, "BM-01", days.add(d1, r.int(3, 12)));
      const firstDate = dates.reserve(code, period, "BM-01", d1, -1);
      const early = factory.bm01(code, period, firstDate, bm01Rows.perturb(cleanRows, r, 3), r, quarterly);
      cleanRowsOf.set(early, early.rows);
      newPlan([early], "xlsx", firstDate, r, [...(quarterly ? ["quarterly"] : []), "resubmission-first"]);
      const final = factory.bm01(code, period, d2, rows, r, quarterly);
      cleanRowsOf.set(final, cleanRows);
      const plan = newPlan([final], format, d2, r, [...tags, "resubmission-final"]);
      plan.arrival = days.add(d2, r.int(0, 3));
      continue;
    }
    const date = dates.reserve(code, period, "BM-01", drawDate(r, period));
    const content = factory.bm01(code, period, date, rows, r, quarterly);
    cleanRowsOf.set(content, cleanRows);
    const contents: Content[] = [content];
    if (combined.has(am) && !dates.has(code, period, "BM-02", date)) {
      const c = countBm01(rows);
      const mismatch = r.chance(0.5) && c.approved < c.total;
      const levels: [number, number, number, number, number] = [0, 0, 0, 0, 0];
      for (const x of rows) if (x.level.kind === "valid" && x.name?.trim() && !x.reject) levels[x.level.n - 1]! += 1;
      const row = factory.bm02Row(code, period, { ...c, approved: c.approved + (mismatch ? 1 : 0), levels }, r);
      dates.reserve(code, period, "BM-02", date);
      const bm02: Bm02Content = {
        form: "BM-02",
        officeLabel: content.agencyLabel,
        period,
        periodLabel: content.periodLabel,
        reportDate: date,
        consolidated: false,
        rows: [row],
        place: content.place,
        issuer: content.issuer,
      };
      contents.push(bm02);
      tags.push(mismatch ? "combined-bm02-mismatch" : "combined-bm02");
    }
    const plan = newPlan(contents, format, date, r, tags);
    const bad = badFiles.get(am);
    if (bad) {
      const resend = makeBad(plan, bad, r);
      if (resend) {
        const copy = newPlan(plan.contents, "xlsx", date, r, ["resent-after-rejected-file"]);
        copy.contents = plan.contents.map((c) => (c.form === "BM-01" ? { ...c, periodLabel: periodLabel.format(c.period, c.periodStyle) } : c));
        copy.arrival = days.add(plan.arrival, r.int(2, 9));
      }
    }
  }

  /** Turns a planned report into a file to be rejected; says whether a good copy is sent again. */
  function makeBad(plan: FilePlan, kind: BadKind, r: Rng): boolean {
    plan.tags.push(`bad-file:${kind}`);
    switch (kind) {
      case "truncate":
        plan.format = "xlsx";
        plan.damage = "truncate";
        plan.reject = "truncated or corrupt xlsx";
        break;
      case "empty":
        plan.format = "empty";
        plan.ext = r.pick(["xlsx", "csv", "xlsx"]);
        plan.reject = "empty file";
        break;
      case "html":
        plan.format = "html-xls";
        plan.ext = "xls";
        plan.reject = "not a spreadsheet (HTML saved as .xls)";
        break;
      case "csv-as-xlsx":
        plan.format = "xlsx";
        plan.damage = "csv-as-xlsx";
        plan.csv = { encoding: "utf8-bom", sep: ",", meta: "block", eol: "\r\n" };
        plan.reject = "not a valid xlsx (CSV text with .xlsx extension)";
        break;
      case "half-year": {
        plan.format = "xlsx";
        const c = plan.contents[0];
        if (c && c.form === "BM-01") {
          const y = months.year(c.period);
          plan.contents = [{ ...c, periodLabel: r.pick([`6 tháng đầu năm ${y}`, `6 tháng cuối năm ${y}`, `Năm ${y}`]) }];
        }
        plan.reject = "period missing or unreadable";
        break;
      }
      case "missing-column":
        plan.format = "xlsx";
        plan.damage = "drop-impl-column";
        plan.reject = "required columns missing: Triển khai phương án";
        break;
    }
    plan.ext = plan.format === "html-xls" ? "xls" : plan.format === "empty" ? plan.ext : "xlsx";
    plan.contents = plan.contents.slice(0, 1);
    return r.chance(kind === "half-year" || kind === "missing-column" ? 0.7 : 0.5);
  }

  // --- files from an agency that does not exist ------------------------------------
  const special = root.fork("special");
  for (let k = 0; k < k1; k++) {
    const period = special.pick(periods);
    const date = drawDate(special, period);
    const specs = buildSystemList(
      { code: "ABC", isProvince: true, place: "ABC", placeLong: "tỉnh ABC", officialName: "Tỉnh ABC", isCity: false },
      special.int(8, 25),
      special,
    );
    const rows = bm01Rows.fromStates(
      specs.map((spec) => {
        const approved = spec.u < 0.6;
        return { spec, approved, review: !approved && spec.w < 0.3, impl: approved && spec.v < 0.3 ? "full" : spec.w < 0.5 ? "partial" : "none", approvalDate: approved ? spec.historicApproval : null };
      }),
      special,
    );
    const style = special.pick(periodLabel.monthlyStyles);
    const content: Bm01Content = {
      form: "BM-01",
      agencyCode: null,
      agencyLabel: UNKNOWN_AGENCY,
      codeLabel: null,
      period,
      periodLabel: periodLabel.format(period, style),
      reportDate: date,
      quarterly: false,
      rows,
      place: "ABC",
      issuer: ["UBND TỈNH ABC", "SỞ DU LỊCH"],
      spelling: "unknown",
      periodStyle: style,
    };
    const plan = newPlan([content], "xlsx", date, special, ["bad-file:unknown-agency"]);
    plan.reject = "unknown agency";
  }

  // --- a report from an agency that no longer exists in its period ------------------------
  const names2025 = registry.names2025();
  const gone = picked.filter((c) => {
    const a = registry.get(c);
    return a.validTo !== null && a.validTo < last && a.name2024 !== null && !names2025.has(a.name2024);
  });
  if (gone.length > 0) {
    const code = special.pick(gone);
    const a = registry.get(code);
    const after = periods.filter((p) => a.validTo !== null && p > a.validTo);
    const period = special.pick(after);
    const date = drawDate(special, period);
    const rows = bm01Rows.fromStates(book.statesAt(code, a.validTo ?? period), special);
    const style = special.pick(periodLabel.monthlyStyles);
    const content: Bm01Content = {
      form: "BM-01",
      agencyCode: code,
      agencyLabel: a.name2024 ?? code,
      codeLabel: null,
      period,
      periodLabel: periodLabel.format(period, style),
      reportDate: date,
      quarterly: false,
      rows,
      place: factory.place(code, a.validTo ?? period),
      issuer: factory.issuer(code, a.validTo ?? period, special),
      spelling: "official",
      periodStyle: style,
    };
    const plan = newPlan([content], "xlsx", date, special, ["bad-file:agency-gone"]);
    plan.reject = "agency no longer exists in the report period";
  }

  // --- consolidated BM-02 of the national office, every six months -----------------------
  for (let i = 0; i < periods.length; i += 6) {
    const period = periods[i];
    if (!period) continue;
    // The quarterly reporter stays out: its months without a report show the "quarterly" status.
    const reps = reportersIn(period).filter((c) => roles.get(c) !== "quarterly");
    if (reps.length < 5) continue;
    const r = root.fork(`consolidated:${period}`);
    const date = days.make(months.year(period), months.month(period), r.int(24, 28));
    const chosen = new Set(r.sample(reps, Math.ceil(reps.length * (0.7 + 0.2 * r.next()))));
    const rows: Bm02Content["rows"] = [];
    for (const code of reps) {
      if (!chosen.has(code) || dates.has(code, period, "BM-02", date)) continue;
      const c = book.counts(code, period);
      if (r.chance(0.08) && c.approved < c.total) c.approved += 1;
      rows.push(factory.bm02Row(code, period, c, r));
    }
    const swappable = rows.filter((x) => x.agencyCode && !dates.has(x.agencyCode, period, "BM-02") && x.approved < x.total);
    if (swappable.length > 0) {
      const x = r.pick(swappable);
      [x.total, x.approved] = [x.approved, x.total];
      x.reject = "approved > total";
    }
    for (const x of rows) if (x.agencyCode) dates.reserve(x.agencyCode, period, "BM-02", date);
    const t = r.int(8, 20);
    const ap = r.int(2, t);
    rows.splice(r.int(1, rows.length), 0, {
      agencyCode: null,
      agencyLabel: UNKNOWN_AGENCY,
      codeLabel: null,
      total: t,
      approved: ap,
      implemented: r.int(0, ap),
      levels: [0, Math.ceil(t / 2), Math.floor(t / 2), 0, 0],
      statedApprovalRate: ap / t,
      statedImplRate: null,
      reject: "unknown agency",
    });
    const early = period < "2025-03";
    const content: Bm02Content = {
      form: "BM-02",
      officeLabel: early ? "Cục An toàn thông tin" : "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
      period,
      periodLabel: periodLabel.format(period, r.pick(periodLabel.monthlyStyles)),
      reportDate: date,
      consolidated: true,
      rows,
      place: "Hà Nội",
      issuer: early ? ["BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "CỤC AN TOÀN THÔNG TIN"] : ["BỘ CÔNG AN", "CỤC AN NINH MẠNG VÀ PHÒNG, CHỐNG TỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO"],
    };
    const plan = newPlan([content], "xlsx", date, r, ["consolidated-bm02"]);
    plan.arrival = days.add(date, r.int(1, 6));
  }

  // --- style flags, with every feature shown at least once ---------------------------------
  const styleKind = (p: FilePlan): StyleKind => {
    const form = p.contents[0]?.form === "BM-02" ? "bm02" : "bm01";
    return `${form}-${p.format === "csv" ? "csv" : "xlsx"}` as StyleKind;
  };
  for (const p of plans) p.flags = styleFlags.choose(styleKind(p), root.fork(`flags:${p.id}`));
  const force = root.fork("force");
  for (const kind of ["bm01-xlsx", "bm01-csv", "bm02-xlsx"] as StyleKind[]) {
    const eligible = plans.filter((p) => !p.reject && styleKind(p) === kind && p.contents.length === 1);
    if (eligible.length === 0) continue;
    for (const flag of styleFlags.all(kind)) {
      if (!eligible.some((p) => p.flags.has(flag))) styleFlags.force(force.pick(eligible), flag);
    }
  }
  // The consolidated workbook always has its title block.
  for (const p of plans) if (p.tags.includes("consolidated-bm02")) styleFlags.force(p, "title");

  // CSV variants: the first few cover every encoding, separator and layout.
  const csvPlans = force.shuffle(plans.filter((p) => p.format === "csv"));
  const bm01Csv = csvPlans.filter((p) => p.contents[0]?.form === "BM-01");
  bm01Csv.forEach((p, i) => (p.csv = FORCED_CSV[i] ?? randomCsv(force)));
  for (const p of csvPlans) {
    if (p.contents[0]?.form === "BM-02") p.csv = { ...randomCsv(force), meta: "block" };
    p.ext = p.csv?.encoding === "utf16le-tab" ? "txt" : "csv";
  }

  // Hidden stale copies, for the plans that have the flag.
  for (const p of plans) {
    const c = p.contents[0];
    if (!p.flags.has("hidden-stale") || p.format !== "xlsx" || !c || c.form !== "BM-01") continue;
    const base = cleanRowsOf.get(c) ?? c.rows.filter((x) => !x.reject);
    p.stale = { ...c, rows: bm01Rows.perturb(base, root.fork(`stale:${p.id}`), 4) };
  }

  // Every monthly period notation and every agency spelling at least once.
  const loaded01 = plans.flatMap((p) =>
    !p.reject && !p.copyOf ? p.contents.filter((c): c is Bm01Content => c.form === "BM-01" && c.agencyCode !== null && !c.quarterly) : [],
  );
  for (const style of periodLabel.monthlyStyles) {
    if (loaded01.length > 0 && !loaded01.some((c) => c.periodStyle === style)) {
      const c = force.pick(loaded01);
      c.periodStyle = style;
      c.periodLabel = periodLabel.format(c.period, style);
    }
  }
  for (const kind of ["ubnd", "uyban", "bare", "tp", "nospace", "so", "sott", "botttt", "botttt-amp", "amp", "upper", "oldtone"]) {
    if (loaded01.some((c) => c.spelling === kind)) continue;
    const fit = loaded01.filter((c) => c.agencyCode && agencySpelling.kinds(registry, c.agencyCode, c.period).includes(kind));
    if (fit.length === 0) continue;
    const c = force.pick(fit);
    c.spelling = kind;
    c.agencyLabel = agencySpelling.render(registry, c.agencyCode ?? "", c.period, kind);
  }

  // --- byte-identical copies under other names ------------------------------------------------
  const dupRng = root.fork("dups");
  const copyable = plans.filter((p) => !p.reject && p.format === "xlsx" && !p.tags.includes("consolidated-bm02"));
  for (const src of dupRng.sample(copyable, Math.max(1, Math.round(plans.length / 150)))) {
    const copy: FilePlan = { ...src, id: `${src.id}c`, copyOf: src, arrival: days.add(src.arrival, dupRng.int(5, 25)), tags: ["duplicate-copy"] };
    plans.push(copy);
  }

  // --- batches and names -----------------------------------------------------------------------
  const startIdx = months.index(first);
  for (const p of plans) p.batch = Math.max(1, months.index(months.ofDate(p.arrival)) - startIdx + 1);
  const nameRng = root.fork("names");
  const taken = new Map<number, Set<string>>();
  const ordered = plans.slice().sort((a, b) => a.batch - b.batch || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const p of ordered) {
    let set = taken.get(p.batch);
    if (!set) taken.set(p.batch, (set = new Set()));
    p.path = `batch-${p.batch}/${makeFileName(nameRng, p.ext, set)}`;
  }

  // --- Excel lock files next to open workbooks ----------------------------------------------------
  const lockRng = root.fork("locks");
  const lockable = ordered.filter((p) => p.ext === "xlsx" && !p.reject);
  for (const src of lockRng.sample(lockable, Math.max(1, Math.round(plans.length / 500)))) {
    const name = src.path.slice(src.path.indexOf("/") + 1);
    const lock: FilePlan = {
      ...src,
      id: `${src.id}l`,
      path: `batch-${src.batch}/~$${name}`,
      format: "lock",
      contents: [],
      stale: null,
      copyOf: null,
      reject: null,
      damage: null,
      tags: ["lock-file"],
      flags: new Set(),
    };
    plans.push(lock);
  }

  // Tags for the manifest.
  for (const p of plans) {
    const extra: string[] = [];
    for (const c of p.contents) if (c.form === "BM-01") extra.push(`spelling:${c.spelling}`, `period:${c.periodStyle}`);
    if (p.csv && (p.format === "csv" || p.damage === "csv-as-xlsx")) extra.push(`csv:${p.csv.encoding}`, `sep:${p.csv.sep === "\t" ? "tab" : p.csv.sep}`, `meta:${p.csv.meta}`);
    if (p.stale) extra.push("hidden-stale");
    p.tags = [...new Set([...p.tags, ...extra, ...[...p.flags].filter((f) => f !== "hidden-stale" || p.stale)])];
  }

  return { plans, periods, picked, successors, roles };
}

function randomCsv(rng: Rng): CsvVariant {
  const encoding = rng.weighted<CsvVariant["encoding"]>([
    ["utf8-bom", 0.45],
    ["utf8", 0.2],
    ["utf16le-tab", 0.15],
    ["windows-1258", 0.2],
  ]);
  return {
    encoding,
    sep: encoding === "utf16le-tab" ? "\t" : rng.pick([",", ";"]),
    meta: rng.chance(0.6) ? "block" : "columns",
    eol: encoding === "utf16le-tab" || rng.chance(0.8) ? "\r\n" : "\n",
  };
}
