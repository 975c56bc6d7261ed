/** "2024-09" → the first day of that month (UTC), for time axes. */
export function periodDate(period) {
  return new Date(Date.UTC(+period.slice(0, 4), +period.slice(5, 7) - 1, 1));
}
