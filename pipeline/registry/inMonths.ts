/** Whether month `period` lies within the inclusive bounds (null = unbounded); "YYYY-MM" strings compare in order. */
export function inMonths(period: string, from: string | null, to: string | null): boolean {
  return (from === null || from <= period) && (to === null || period <= to);
}
