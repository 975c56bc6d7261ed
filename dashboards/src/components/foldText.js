/** Lowercase without diacritics, so "ha noi" finds "Hà Nội" and "da nang" finds "Đà Nẵng". */
export function foldText(text) {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}
