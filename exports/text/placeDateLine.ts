/**
 * "Hà Nội, ngày 05 tháng 02 năm 2026": the place-and-date line of an administrative document
 * (Decree 30/2020/NĐ-CP: days below 10 and months 1 and 2 take a leading zero).
 */
export function placeDateLine(place: string, isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number) as [number, number, number];
  const dd = String(day).padStart(2, "0");
  const mm = month <= 2 ? String(month).padStart(2, "0") : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}
