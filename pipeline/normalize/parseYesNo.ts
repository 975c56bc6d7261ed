import type { RawValue } from "../read/RawValue.ts";
import { statusKey } from "./statusKey.ts";

export type YesNo = "yes" | "no" | "blank" | "unknown";

const WORDS = new Map<string, YesNo>([
  ["có", "yes"],
  ["x", "yes"],
  ["✓", "yes"],
  ["✔", "yes"],
  ["☑", "yes"],
  ["đã kết nối", "yes"],
  ["không", "no"],
  ["chưa", "no"],
  ["chưa kết nối", "no"],
]);

/** Reads a yes/no column (monitoring, connection to the national monitoring centre). */
export function parseYesNo(value: RawValue): YesNo {
  if (typeof value === "boolean") return value ? "yes" : "no";
  const key = statusKey(value);
  if (key === "") return "blank";
  return WORDS.get(key) ?? "unknown";
}
