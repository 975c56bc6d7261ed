const collator = new Intl.Collator("vi");

/** Orders names as a Vietnamese reader expects (Â after Ă after A, Đ after D …). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
