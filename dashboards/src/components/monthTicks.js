/** Tick interval for a month axis: every month up to a year, then every 2, 3, 6… months (about 8 ticks). */
export function monthTicks(periods) {
  const n = new Set(periods).size;
  const step = [1, 2, 3, 6, 12].find((s) => n / s <= 9) ?? 12;
  return step === 1 ? "month" : `${step} months`;
}
