const integer = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

/** 1234 → "1.234" (Vietnamese grouping). */
export function formatInteger(n: number): string {
  return integer.format(n);
}
