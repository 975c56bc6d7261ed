/**
 * True when a spreadsheet could run the text, or one of its lines, as a formula (OWASP ASVS 1.2.10):
 * it, or a line of it, starts with =, +, -, @, tab or carriage return.
 */
export function hasFormulaTrigger(text: string): boolean {
  return /(?:^|\r\n|\n|\r)[=+\-@\t\r]/.test(text);
}
