/** "2024-09" → "tháng 9 năm 2024" (within a sentence; capitalise at its start). */
export function periodLabel(period: string): string {
  const [year, month] = period.split("-");
  return `tháng ${Number(month)} năm ${year}`;
}
