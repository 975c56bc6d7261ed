import { parseRowNumber } from "./parseRowNumber.ts";

/** The row (1-based) of a cell reference such as "AB12", or 0 when it has none or one past 1048576. */
export function rowOfReference(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65 && ref.charCodeAt(i) <= 90) i++;
  return parseRowNumber(ref, i);
}
