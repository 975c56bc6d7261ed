import { hasFormulaTrigger } from "./hasFormulaTrigger.ts";

/**
 * A text field made inert for CSV (OWASP): a `'` before the text, and before every line of it, that
 * starts with =, +, -, @, tab or carriage return, so that no line reads as a formula in any tool.
 */
export function inertCsvText(text: string): string {
  if (!hasFormulaTrigger(text)) return text;
  return text.replace(/(^|\r\n|\n|\r)(?=[=+\-@\t\r])/g, "$1'");
}
