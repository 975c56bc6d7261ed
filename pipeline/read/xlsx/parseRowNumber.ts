/** Digits from `start` to the end as a row number 1..1048576 without leading zeros, else 0. */
export function parseRowNumber(text: string, start = 0): number {
  if (start >= text.length || text.length - start > 7 || text.charCodeAt(start) === 48) return 0;
  let n = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return 0;
    n = n * 10 + c - 48;
  }
  return n <= 1048576 ? n : 0;
}
