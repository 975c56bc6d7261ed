/** YYYY-MM-DD → dd/mm/yyyy, as every date a user reads is written. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}
