/** Whether `text` is "YYYY-MM-DD" naming a day that exists (not 2024-02-30). */
export function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
