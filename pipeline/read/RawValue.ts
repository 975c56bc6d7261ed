/**
 * A cell's value as read from a workbook or CSV, before any interpretation:
 * strings for text (CSV cells are always strings), numbers for numeric cells and
 * formula results, Date for Excel date cells (UTC midnight), null for empty.
 */
export type RawValue = string | number | boolean | Date | null | undefined;
