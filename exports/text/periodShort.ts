/** "2024-09" → "Tháng 09/2024": a month as a cell shows it (spreadsheets would turn "09/2024" into a date). */
export function periodShort(period: string): string {
  const [year, month] = period.split("-");
  return `Tháng ${month}/${year}`;
}
