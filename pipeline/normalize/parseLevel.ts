import type { RawValue } from "../read/RawValue.ts";
import { foldText } from "./foldText.ts";
import { showValue } from "./showValue.ts";

export type LevelResult =
  | { ok: true; level: 1 | 2 | 3 | 4 | 5 }
  | { ok: false; reason: "missing" | "invalid"; message: string };

// Folded text: "Cấp độ III" → "cap do iii", "CĐ3" → "cd3"; "3.0" is a number stored as text.
const LEVEL = /^(?:(?:cap\s*do|cap|cd|level)\s*[:.\-]?\s*)?(iv|v|i{1,3}|[1-5](?:[.,]0+)?)$/;
const ROMAN: Record<string, 1 | 2 | 3 | 4 | 5> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };

/** Reads a security level (cấp độ) 1–5. */
export function parseLevel(value: RawValue): LevelResult {
  if (value === null || value === undefined) return missing();
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1 && value <= 5 ? ok(value) : invalid(value);
  }
  if (typeof value !== "string") return invalid(value);
  const text = foldText(value);
  if (text === "") return missing();
  const token = LEVEL.exec(text)?.[1];
  if (token === undefined) return invalid(value);
  return ok(ROMAN[token] ?? Number.parseInt(token, 10));
}

function ok(n: number): LevelResult {
  return { ok: true, level: n as 1 | 2 | 3 | 4 | 5 };
}

function missing(): LevelResult {
  return { ok: false, reason: "missing", message: "thiếu cấp độ — cấp độ phải từ 1 đến 5" };
}

function invalid(value: RawValue): LevelResult {
  return { ok: false, reason: "invalid", message: `"${showValue(value)}" không hợp lệ — cấp độ phải từ 1 đến 5` };
}
