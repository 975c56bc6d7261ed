/**
 * Why exceljs' Worksheet would refuse (or, past 31 characters, cut) a sheet name, or null when it takes
 * it as is. `taken` holds the lower-cased names of the sheets before it.
 */
export function worksheetNameProblem(name: string, taken: ReadonlySet<string>): string | null {
  if (name === "") return "empty sheet name";
  if (name === "History") return 'sheet named "History"';
  if (/[*?:/\\[\]]/.test(name)) return "sheet name with a reserved character";
  if (/(^')|('$)/.test(name)) return "sheet name starting or ending with a quote";
  if (name.length > 31) return "sheet name longer than 31 characters";
  if (taken.has(name.toLowerCase())) return "two sheets with the same name";
  return null;
}
