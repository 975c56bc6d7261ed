/** Whether two inclusive month ranges (null = unbounded) share at least one month. */
export function monthsOverlap(
  a: { from: string | null; to: string | null },
  b: { from: string | null; to: string | null },
): boolean {
  return (a.from === null || b.to === null || a.from <= b.to) && (b.from === null || a.to === null || b.from <= a.to);
}
