import type { RawValue } from "../read/RawValue.ts";
import { statusKey } from "./statusKey.ts";

export type ApprovalStatus = "approved" | "not_approved" | "under_review" | "blank" | "unknown";

const WORDS = new Map<string, ApprovalStatus>([
  ["đã phê duyệt", "approved"],
  ["đã pd", "approved"],
  ["có", "approved"],
  ["x", "approved"],
  ["✓", "approved"],
  ["✔", "approved"],
  ["☑", "approved"],
  ["chưa phê duyệt", "not_approved"],
  ["chưa", "not_approved"],
  ["không", "not_approved"],
  ["đang thẩm định", "under_review"],
  ["đang trình", "under_review"],
]);

/** Reads the approval status of a system's level dossier (HSĐXCĐ). */
export function parseApprovalStatus(value: RawValue): ApprovalStatus {
  if (typeof value === "boolean") return value ? "approved" : "not_approved";
  const key = statusKey(value);
  if (key === "") return "blank";
  return WORDS.get(key) ?? "unknown";
}
