/** The last day of the month `period` (YYYY-MM), as YYYY-MM-DD. */
export function periodEndDate(period: string): string {
  const [year, month] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
