import type { AgencyRegistry } from "./AgencyRegistry.ts";
import type { Rng } from "./Rng.ts";
import type { AgencyParams, ReporterRole, SystemSpec, SystemState, Ym } from "./types.ts";
import { buildSystemList } from "./buildSystemList.ts";
import { days } from "./days.ts";
import { months } from "./months.ts";

const K0 = months.index("2024-07");

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

interface Listed {
  spec: SystemSpec;
  params: AgencyParams;
}

/**
 * The simulated world: each agency's register (stable across months, a few
 * systems added late; merged agencies take over their predecessors' systems)
 * and each system's approval and implementation status month by month.
 * Approval and full implementation only ever improve.
 */
export class SystemBook {
  private readonly ownCache = new Map<string, SystemSpec[]>();
  private readonly paramCache = new Map<string, AgencyParams>();

  constructor(
    private readonly registry: AgencyRegistry,
    private readonly rng: Rng,
    private readonly roles: Map<string, ReporterRole>,
  ) {}

  /** Short and long place names as of the period ("Bắc Ninh", "tỉnh Bắc Ninh"). */
  place(code: string, period: Ym): { place: string; placeLong: string; isCity: boolean; isProvince: boolean } {
    const a = this.registry.get(code);
    const name = this.registry.nameAt(code, period);
    if (a.group === "bo_nganh") return { place: name, placeLong: name, isCity: false, isProvince: false };
    const m = /^(Tỉnh|Thành phố)\s+(.+)$/.exec(name);
    const isCity = m?.[1] === "Thành phố";
    const place = m?.[2] ?? name;
    return { place, placeLong: `${isCity ? "thành phố" : "tỉnh"} ${place}`, isCity, isProvince: true };
  }

  params(code: string): AgencyParams {
    let p = this.paramCache.get(code);
    if (!p) {
      const r = this.rng.fork(`params:${code}`);
      const big = code === "BCA";
      p = {
        a0: big ? 0.78 : clamp(r.normal(0.64, 0.13), 0.2, 0.95),
        ga: r.next() * 0.01 + 0.004,
        q0: big ? 0.32 : clamp(r.normal(0.31, 0.09), 0.08, 0.6),
        gq: r.next() * 0.008 + 0.002,
      };
      this.paramCache.set(code, p);
    }
    return p;
  }

  /** The agency's own systems (not those taken over in a merger). */
  own(code: string): SystemSpec[] {
    let list = this.ownCache.get(code);
    if (!list) {
      const a = this.registry.get(code);
      const r = this.rng.fork(`systems:${code}`);
      let size: number;
      if (!a.inList2024 || this.roles.get(code) === "zero") size = 0;
      else if (code === "BCA") size = r.int(1080, 1160);
      else size = 10 + Math.floor(71 * Math.pow(r.next(), 1.4));
      const pl = this.place(code, "2024-07");
      list =
        size === 0
          ? []
          : buildSystemList(
              {
                code,
                isProvince: pl.isProvince,
                place: pl.place,
                placeLong: pl.placeLong,
                officialName: this.registry.nameAt(code, "2024-07"),
                isCity: pl.isCity,
              },
              size,
              r,
            );
      this.ownCache.set(code, list);
    }
    return list;
  }

  private listed(code: string, period: Ym): Listed[] {
    const a = this.registry.get(code);
    const i = months.index(period);
    const out: Listed[] = [];
    const names = new Set<string>();
    const push = (spec: SystemSpec, params: AgencyParams, origin: string | null) => {
      if (spec.addedIdx > i) return;
      let s = spec;
      if (names.has(s.name) && origin) s = { ...s, name: `${s.name} (${origin} cũ)` };
      names.add(s.name);
      out.push({ spec: s, params });
    };
    for (const s of this.own(code)) push(s, this.params(code), null);
    if (period >= a.switchMonth) {
      for (const pred of a.absorbs) {
        const origin = this.place(pred, "2024-07").placeLong;
        for (const s of this.own(pred)) push(s, this.params(pred), origin);
      }
    }
    return out;
  }

  statesAt(code: string, period: Ym): SystemState[] {
    const i = months.index(period);
    return this.listed(code, period).map(({ spec, params }) => {
      const P = (j: number) => clamp(params.a0 + params.ga * (j - K0), 0.02, 0.97);
      const Q = (j: number) => clamp(params.q0 + params.gq * (j - K0), 0.02, 0.92);
      const lag = spec.addedIdx > 0 ? 2 : 0;
      const approvedAt = (j: number) => j >= spec.addedIdx + lag && spec.u < P(j);
      const approved = approvedAt(i);
      const review = !approved && i >= spec.addedIdx && spec.u < P(i + 2);
      const full = approved && spec.v < Q(i);
      const impl: SystemState["impl"] =
        full || (!approved && spec.inconsistent) ? "full" : spec.w < (approved ? 0.6 : 0.2) ? "partial" : "none";
      let approvalDate: string | null = null;
      if (approved) {
        if (spec.addedIdx === 0 && spec.u < P(K0 - 1)) approvalDate = spec.historicApproval;
        else {
          let j = Math.max(K0 - 1, spec.addedIdx + lag);
          while (j < i && !approvedAt(j)) j++;
          const ym = months.fromIndex(j);
          approvalDate = days.make(months.year(ym), months.month(ym), 1 + Math.floor(((spec.u * 7919) % 1) * 27));
        }
      }
      return { spec, approved, review, impl, approvalDate };
    });
  }

  counts(code: string, period: Ym): { total: number; approved: number; implemented: number; levels: [number, number, number, number, number] } {
    const levels: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    let approved = 0;
    let implemented = 0;
    const states = this.statesAt(code, period);
    for (const s of states) {
      levels[s.spec.level - 1]! += 1;
      if (s.approved) approved++;
      if (s.approved && s.impl === "full") implemented++;
    }
    return { total: states.length, approved, implemented, levels };
  }
}
