/** "2025-07" → "07/2025", the way Vietnamese readers write a month. */
export function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}
