import type { AgencyRegistry } from "./AgencyRegistry.ts";
import type { Rng } from "./Rng.ts";
import type { SystemBook } from "./SystemBook.ts";
import type { Bm01Content, Bm01Row, Bm02Content, Bm02Row, Ym, Ymd } from "./types.ts";
import { agencySpelling } from "./agencySpelling.ts";
import { periodLabel } from "./periodLabel.ts";

/** Builds report contents: who reports, for which period, how it is written. */
export class ContentFactory {
  constructor(
    private readonly registry: AgencyRegistry,
    private readonly book: SystemBook,
  ) {}

  /** A spelling of the agency's name: official most of the time. */
  spell(code: string, period: Ym, rng: Rng, officialShare = 0.6): { label: string; kind: string } {
    const kinds = agencySpelling.kinds(this.registry, code, period);
    const kind = rng.chance(officialShare) ? "official" : rng.pick(kinds);
    return { label: agencySpelling.render(this.registry, code, period, kind), kind };
  }

  issuer(code: string, period: Ym, rng: Rng): [string, string] {
    const a = this.registry.get(code);
    if (a.group === "bo_nganh") {
      return [this.registry.nameAt(code, period).toUpperCase(), rng.pick(["CỤC CÔNG NGHỆ THÔNG TIN", "TRUNG TÂM THÔNG TIN", "VĂN PHÒNG"])];
    }
    const pl = this.book.place(code, period);
    return [`UBND ${pl.placeLong.toUpperCase()}`, period < "2025-03" ? "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" : "SỞ KHOA HỌC VÀ CÔNG NGHỆ"];
  }

  place(code: string, period: Ym): string {
    return this.registry.get(code).group === "bo_nganh" ? "Hà Nội" : this.book.place(code, period).place;
  }

  /** "Mã cơ quan" as written: the pipeline code, or a province's official code of the period. */
  codeLabel(code: string, period: Ym, rng: Rng): string {
    const official = this.registry.officialCodeAt(code, period);
    return official && rng.chance(0.3) ? official : code;
  }

  bm01(code: string, period: Ym, reportDate: Ymd, rows: Bm01Row[], rng: Rng, quarterly: boolean): Bm01Content {
    const { label, kind } = this.spell(code, period, rng);
    const style = quarterly ? rng.pick(periodLabel.quarterlyStyles) : rng.pick(periodLabel.monthlyStyles);
    return {
      form: "BM-01",
      agencyCode: code,
      agencyLabel: label,
      codeLabel: this.codeLabel(code, period, rng),
      period,
      periodLabel: periodLabel.format(period, style),
      reportDate,
      quarterly,
      rows,
      place: this.place(code, period),
      issuer: this.issuer(code, period, rng),
      spelling: kind,
      periodStyle: style,
    };
  }

  /** One BM-02 row with the given counts and stated rates (now and then a little off). */
  bm02Row(
    code: string,
    period: Ym,
    counts: { total: number; approved: number; implemented: number; levels: [number, number, number, number, number] },
    rng: Rng,
  ): Bm02Row {
    const { label } = this.spell(code, period, rng, 0.7);
    const t = counts.total;
    const off = rng.chance(0.1) ? rng.pick([-0.03, -0.012, 0.015, 0.04]) : 0;
    return {
      agencyCode: code,
      agencyLabel: label,
      codeLabel: this.codeLabel(code, period, rng),
      total: t,
      approved: counts.approved,
      implemented: counts.implemented,
      levels: counts.levels,
      statedApprovalRate: t > 0 ? Math.max(0, counts.approved / t + off) : null,
      statedImplRate: t > 0 ? counts.implemented / t : null,
    };
  }

  /** An agency's own BM-02: its header block names itself, one row. */
  bm02Own(code: string, period: Ym, reportDate: Ymd, rng: Rng): Bm02Content {
    const counts = this.book.counts(code, period);
    const row = this.bm02Row(code, period, counts, rng);
    const style = rng.pick(periodLabel.monthlyStyles);
    return {
      form: "BM-02",
      officeLabel: rng.chance(0.7) ? row.agencyLabel : this.spell(code, period, rng).label,
      period,
      periodLabel: periodLabel.format(period, style),
      reportDate,
      consolidated: false,
      rows: [row],
      place: this.place(code, period),
      issuer: this.issuer(code, period, rng),
    };
  }
}
