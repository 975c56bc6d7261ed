/** True when a spreadsheet would run the text as a formula (OWASP CSV injection): checked on the raw, untrimmed string. */
export function isFormulaLike(s: string): boolean {
  return /^[=+\-@\t\r]/.test(s);
}
