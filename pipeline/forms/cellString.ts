import type { RawValue } from "../read/RawValue.ts";

/** A cell's value as text for matching and messages (dates as dd/mm/yyyy). */
export function cellString(value: RawValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const d = String(value.getUTCDate()).padStart(2, "0");
    const m = String(value.getUTCMonth() + 1).padStart(2, "0");
    return `${d}/${m}/${value.getUTCFullYear()}`;
  }
  return String(value);
}
