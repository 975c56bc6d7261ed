export type GroupCode = "bo_nganh" | "dia_phuong" | "toan_quoc";

const LABELS: Record<GroupCode, string> = { bo_nganh: "Bộ, ngành", dia_phuong: "Địa phương", toan_quoc: "Toàn quốc" };

/** The Vietnamese name of an agency group ("Bộ, ngành"), also used as sheet name. */
export function groupLabel(group: GroupCode): string {
  return LABELS[group];
}
