import type { FormCode } from "../../pipeline/forms/formSpecs.ts";

/** The row of the column headers: title in rows 1–2, header block in rows 4–7. */
export const TEMPLATE_HEADER_ROW = 9;

/** Data rows prepared with formats, dropdowns and validations (rows inserted inside the table inherit them). */
export const TEMPLATE_ROWS: Record<FormCode, number> = { "BM-01": 2000, "BM-02": 200 };
