/** How a requirement's status reads in the exports. */
export function statusLabel(status: "met" | "unmet" | "unknown"): string {
  return { met: "Đáp ứng", unmet: "Chưa đáp ứng", unknown: "Thiếu thông tin" }[status];
}
