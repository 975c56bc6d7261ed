/**
 * How many lines `text` wraps to in a column `width` Excel units wide (Times New Roman of `size` pt).
 * Spreadsheet programs do not grow merged or explicitly sized rows by themselves, so heights are set.
 */
export function estimateLines(text: string, width: number, size: number, options: { bold?: boolean } = {}): number {
  const bold = options.bold === true;
  // The same long texts (requirements, legal bases) come back in row after row: measure each once.
  let byText = measured.get(text);
  if (byText === undefined) {
    if (measured.size >= MEASURED_MAX) measured.clear();
    measured.set(text, byText = new Map());
  }
  const key = `${width}|${size}|${bold}`;
  let lines = byText.get(key);
  if (lines === undefined) {
    const widthPt = (Math.trunc(width * 7 + 5) - 5) * 0.75;
    lines = 0;
    for (const paragraph of text.split("\n")) lines += paragraphLines(paragraph, widthPt, size, bold);
    byText.set(key, lines);
  }
  return lines;
}

const MEASURED_MAX = 20_000;
const measured = new Map<string, Map<string, number>>();

function paragraphLines(paragraph: string, widthPt: number, size: number, bold: boolean): number {
  // One pass over the code points: how many, how many capitals (in UTF-16 units, as counted before),
  // and the length of each whitespace-separated word.
  const words: number[] = [];
  let letters = 0;
  let upper = 0;
  let word = 0;
  for (const char of paragraph) {
    letters++;
    if (isCapital(char)) upper += char.length;
    if (isSpace(char)) {
      if (word > 0) words.push(word);
      word = 0;
    } else word++;
  }
  if (word > 0) words.push(word);
  // Average advance of Times New Roman in Vietnamese text, measured on printed pages with a margin
  // for safety: ~0.33 em for mixed case, ~0.5 em for capitals; bold is ~6 % wider.
  const charPt = size * (upper > letters / 2 ? 0.5 : 0.325) * (bold ? 1.06 : 1);
  const perLine = Math.max(1, Math.floor(widthPt / charPt));
  return Math.max(1, wrappedLines(words, perLine));
}

function wrappedLines(words: number[], perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const length of words) {
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= perLine) used = needed;
    else {
      lines += used === 0 ? Math.ceil(length / perLine) - 1 : Math.ceil(length / perLine);
      used = length % perLine || perLine;
    }
  }
  return lines;
}

// ASCII answered directly; other characters once each by the Unicode classes.
const capitals = new Map<string, boolean>();
const spaces = new Map<string, boolean>();

function isCapital(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  let capital = capitals.get(char);
  if (capital === undefined) capitals.set(char, capital = /^\p{Lu}$/u.test(char));
  return capital;
}

function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  let space = spaces.get(char);
  if (space === undefined) spaces.set(char, space = /^\s$/u.test(char));
  return space;
}

/** Row height in points for `lines` lines of `size` pt text. */
export function rowHeight(lines: number, size: number): number {
  return Math.ceil(lines * size * 1.22 + 5);
}
