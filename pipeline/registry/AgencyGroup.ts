/** Ministries and government agencies (`bo_nganh`) or provinces (`dia_phuong`). */
export type AgencyGroup = "bo_nganh" | "dia_phuong";
