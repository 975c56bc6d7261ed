/**
 * How many lines `text` wraps to in a column `width` Excel units wide (Times New Roman of `size` pt).
 * Spreadsheet programs do not grow merged or explicitly sized rows by themselves, so heights are set.
 */
export function estimateLines(text: string, width: number, size: number, options: { bold?: boolean } = {}): number {
  const widthPt = (Math.trunc(width * 7 + 5) - 5) * 0.75;
  return text.split("\n").reduce((lines, paragraph) => {
    const upper = paragraph.replace(/[^\p{Lu}]/gu, "").length;
    const letters = [...paragraph].length;
    // Average advance of Times New Roman in Vietnamese text, measured on printed pages with a margin
    // for safety: ~0.33 em for mixed case, ~0.5 em for capitals; bold is ~6 % wider.
    const charPt = size * (upper > letters / 2 ? 0.5 : 0.325) * (options.bold ? 1.06 : 1);
    const perLine = Math.max(1, Math.floor(widthPt / charPt));
    return lines + Math.max(1, wrappedLines(paragraph, perLine));
  }, 0);
}

function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const length = [...word].length;
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= perLine) used = needed;
    else {
      lines += used === 0 ? Math.ceil(length / perLine) - 1 : Math.ceil(length / perLine);
      used = length % perLine || perLine;
    }
  }
  return lines;
}

/** Row height in points for `lines` lines of `size` pt text. */
export function rowHeight(lines: number, size: number): number {
  return Math.ceil(lines * size * 1.22 + 5);
}
