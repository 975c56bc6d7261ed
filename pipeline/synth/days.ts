/** Calendar-day helpers on dates written `YYYY-MM-DD` (no time, no zone). */
export const days = {
  make(y: number, m: number, d: number): string {
    return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  },
  /** UTC midnight of the date. */
  toDate(ymd: string): Date {
    return new Date(Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10))));
  },
  fromDate(d: Date): string {
    return days.make(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  },
  add(ymd: string, n: number): string {
    const d = days.toDate(ymd);
    d.setUTCDate(d.getUTCDate() + n);
    return days.fromDate(d);
  },
  /** Whole days from `a` to `b` (b − a). */
  diff(a: string, b: string): number {
    return Math.round((days.toDate(b).getTime() - days.toDate(a).getTime()) / 86_400_000);
  },
  /** Excel's 1900-system serial number of the date. */
  serial(ymd: string): number {
    return Math.round(days.toDate(ymd).getTime() / 86_400_000) + 25569;
  },
  parts(ymd: string): { y: number; m: number; d: number } {
    return { y: Number(ymd.slice(0, 4)), m: Number(ymd.slice(5, 7)), d: Number(ymd.slice(8, 10)) };
  },
};
