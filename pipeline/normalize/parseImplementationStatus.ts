import type { RawValue } from "../read/RawValue.ts";
import { statusKey } from "./statusKey.ts";

export type ImplementationStatus = "full" | "partial" | "none" | "blank" | "unknown";

const WORDS = new Map<string, ImplementationStatus>([
  ["đầy đủ", "full"],
  ["đã triển khai đầy đủ", "full"],
  ["một phần", "partial"],
  ["chưa đầy đủ", "partial"],
  ["chưa triển khai", "none"],
  ["chưa", "none"],
]);

/** Reads the implementation status of a system's security plan (phương án bảo đảm ATTT). */
export function parseImplementationStatus(value: RawValue): ImplementationStatus {
  // A ticked checkbox cannot say "partly", so TRUE reads as full and FALSE as none.
  if (typeof value === "boolean") return value ? "full" : "none";
  const key = statusKey(value);
  if (key === "") return "blank";
  return WORDS.get(key) ?? "unknown";
}
