/**
 * exceljs' rule (utils.isDateFmt) for a number cell to become a Date: its format, once bracketed
 * sections ("[Red]", "[$-409]") and quoted literals are removed, still holds one of y m d h M s b.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}
