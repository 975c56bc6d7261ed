import type { RawValue } from "../read/RawValue.ts";
import { normalizeText } from "./normalizeText.ts";

/** A cell value as quoted in messages to users (dates day first, as they see them). */
export function showValue(value: RawValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return normalizeText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "ngày không hợp lệ";
    const dd = String(value.getUTCDate()).padStart(2, "0");
    const mm = String(value.getUTCMonth() + 1).padStart(2, "0");
    return `${dd}/${mm}/${value.getUTCFullYear()}`;
  }
  return String(value);
}
