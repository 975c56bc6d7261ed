import type { Ymd } from "./types.ts";
import { days } from "./days.ts";

/**
 * Report dates already given, per agency, period and form, so that no two
 * reports of one agency, period and form share a Ngày báo cáo (a case the
 * contract settles by path order, which the generator avoids).
 */
export class DateBook {
  private readonly used = new Map<string, Set<Ymd>>();

  private key(code: string, period: string, form: string): string {
    return `${code}|${period}|${form}`;
  }

  has(code: string, period: string, form: string, date?: Ymd): boolean {
    const set = this.used.get(this.key(code, period, form));
    return date === undefined ? (set?.size ?? 0) > 0 : (set?.has(date) ?? false);
  }

  /** Reserves `date`, or the nearest free day in `direction`; returns the date reserved. */
  reserve(code: string, period: string, form: string, date: Ymd, direction: 1 | -1 = 1): Ymd {
    const k = this.key(code, period, form);
    let set = this.used.get(k);
    if (!set) {
      set = new Set();
      this.used.set(k, set);
    }
    let d = date;
    while (set.has(d)) d = days.add(d, direction);
    set.add(d);
    return d;
  }
}
