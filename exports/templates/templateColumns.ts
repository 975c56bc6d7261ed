import { BM01, BM02, type FormCode } from "../../pipeline/forms/formSpecs.ts";

/** What a column accepts, which decides its number format and its data validation. */
export type InputKind =
  | "index" | "text" | "level" | "approval" | "implementation" | "yesNo" | "date" | "year"
  | "count" | "countUpTo" | "rateFormula";

export interface TemplateColumn {
  field: string;
  /** The contract's canonical header (formSpecs.ts). */
  header: string;
  input: InputKind;
  width: number;
  /** For countUpTo: the field whose value bounds this one; for rateFormula: numerator and denominator. */
  bound?: string;
  ratio?: [string, string];
}

// The table columns in the contract's canonical order; the identity fields go in the header block.
const LAYOUT: Record<FormCode, Record<string, Omit<TemplateColumn, "field" | "header">>> = {
  "BM-01": {
    stt: { input: "index", width: 6 },
    system_code: { input: "text", width: 12 },
    system_name: { input: "text", width: 36 },
    operator: { input: "text", width: 24 },
    level: { input: "level", width: 8 },
    approval: { input: "approval", width: 18 },
    decision_no: { input: "text", width: 16 },
    approval_date: { input: "date", width: 13 },
    implementation: { input: "implementation", width: 16 },
    assessment_date: { input: "date", width: 15 },
    monitored: { input: "yesNo", width: 11 },
    national_connection: { input: "yesNo", width: 12 },
    drill_year: { input: "year", width: 11 },
    remark: { input: "text", width: 24 },
  },
  "BM-02": {
    stt: { input: "index", width: 6 },
    agency_name: { input: "text", width: 36 },
    agency_code: { input: "text", width: 10 },
    total: { input: "count", width: 11 },
    approved: { input: "countUpTo", width: 15, bound: "total" },
    approval_rate: { input: "rateFormula", width: 11, ratio: ["approved", "total"] },
    implemented: { input: "countUpTo", width: 16, bound: "approved" },
    implementation_rate: { input: "rateFormula", width: 11, ratio: ["implemented", "total"] },
    level_1: { input: "count", width: 9 },
    level_2: { input: "count", width: 9 },
    level_3: { input: "count", width: 9 },
    level_4: { input: "count", width: 9 },
    level_5: { input: "count", width: 9 },
  },
};

/** A form's table columns as the blank template lays them out. */
export function templateColumns(form: FormCode): TemplateColumn[] {
  const spec = form === "BM-01" ? BM01 : BM02;
  const layout = LAYOUT[form];
  return spec.columns
    .filter((c) => layout[c.field] !== undefined)
    .map((c) => ({ field: c.field, header: c.headers[0]!, ...layout[c.field]! }));
}
