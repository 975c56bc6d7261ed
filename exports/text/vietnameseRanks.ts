import { compareVietnamese } from "./compareVietnamese.ts";

/**
 * Each distinct text's place in Vietnamese order, texts the order does not tell apart sharing one:
 * sorting many rows by these numbers orders them as compareVietnamese would, with far fewer comparisons.
 */
export function vietnameseRanks(texts: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(texts)].sort(compareVietnamese);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((text, i) => {
    if (i > 0 && compareVietnamese(sorted[i - 1]!, text) !== 0) rank++;
    ranks.set(text, rank);
  });
  return ranks;
}
