/** Month arithmetic on periods written `YYYY-MM`. */
export const months = {
  /** Months since year 0: a total order usable for differences. */
  index(ym: string): number {
    const m = /^(\d{4})-(\d{2})$/.exec(ym);
    if (!m) throw new Error(`not a YYYY-MM period: ${ym}`);
    return Number(m[1]) * 12 + Number(m[2]) - 1;
  },
  fromIndex(i: number): string {
    const y = Math.floor(i / 12);
    const m = i - y * 12 + 1;
    return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
  },
  add(ym: string, n: number): string {
    return months.fromIndex(months.index(ym) + n);
  },
  year(ym: string): number {
    return Number(ym.slice(0, 4));
  },
  month(ym: string): number {
    return Number(ym.slice(5, 7));
  },
  lastDay(ym: string): number {
    return new Date(Date.UTC(months.year(ym), months.month(ym), 0)).getUTCDate();
  },
  quarter(ym: string): number {
    return Math.floor((months.month(ym) - 1) / 3) + 1;
  },
  isQuarterEnd(ym: string): boolean {
    return months.month(ym) % 3 === 0;
  },
  /** The `YYYY-MM` of a `YYYY-MM-DD` date. */
  ofDate(ymd: string): string {
    return ymd.slice(0, 7);
  },
};
