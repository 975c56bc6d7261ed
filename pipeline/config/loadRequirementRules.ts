import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { isCalendarDate } from "./isCalendarDate.ts";
import { errorMessage } from "../util/errorMessage.ts";

export const DEFAULT_REQUIREMENTS_FILE = fileURLToPath(new URL("../../sources/requirements.json", import.meta.url));

/** The kinds of BM-01 evidence a requirement can be judged on; each is implemented once in the SQL models. */
export const REQUIREMENT_CHECKS = [
  "dossier_approved",
  "plan_fully_implemented",
  "assessment_within_months",
  "monitored",
  "connected_to_national_centre",
  "drill_within_years",
] as const;


const isoDate = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải viết dạng YYYY-MM-DD")
  .refine(isCalendarDate, "ngày không có thật");

const levels = z.array(z.number().int().min(1, "cấp độ từ 1 đến 5").max(5, "cấp độ từ 1 đến 5"))
  .min(1, "cần ít nhất một cấp độ");

const plainLevels = z.array(z.strictObject({ levels })).min(1, "cần ít nhất một nhóm cấp độ áp dụng");

const common = {
  /** Stable identifier of the requirement across regimes; one version in force on any day. */
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, "mã yêu cầu chỉ gồm chữ thường, số và _"),
  name: z.string().trim().min(1, "tên yêu cầu không được để trống"),
  /** Layer of the 4-layer protection model (Directive 14/CT-TTg) the requirement evidences, if any. */
  protection_layer: z.number().int().min(1, "lớp từ 1 đến 4").max(4, "lớp từ 1 đến 4").nullable().default(null),
  legal_basis: z.string().trim().min(1, "căn cứ pháp lý không được để trống"),
  effective_from: isoDate,
  /** Last day in force (inclusive); null = until further notice. */
  effective_to: isoDate.nullable().default(null),
  /** Share of an agency's applicable systems that should meet the requirement, and by when. Default none. */
  target: z.strictObject({ share: z.number().gt(0, "tỷ lệ mục tiêu phải > 0").max(1, "tỷ lệ mục tiêu tối đa là 1"), by: isoDate })
    .nullable().default(null),
};

const ruleSchema = z.discriminatedUnion("check", [
  z.strictObject({ ...common, check: z.literal(["dossier_approved", "plan_fully_implemented", "monitored", "connected_to_national_centre"]), applies_to: plainLevels }),
  z.strictObject({
    ...common,
    check: z.literal("assessment_within_months"),
    applies_to: z.array(z.strictObject({
      levels,
      max_months_since_assessment: z.number().int().min(1, "số tháng tối đa từ 1 đến 120").max(120, "số tháng tối đa từ 1 đến 120"),
    })).min(1, "cần ít nhất một nhóm cấp độ áp dụng"),
  }),
  z.strictObject({
    ...common,
    check: z.literal("drill_within_years"),
    applies_to: z.array(z.strictObject({
      levels,
      /** 0 = in the calendar year of the period. */
      max_years_since_drill: z.number().int().min(0, "số năm tối đa từ 0 đến 10").max(10, "số năm tối đa từ 0 đến 10"),
    })).min(1, "cần ít nhất một nhóm cấp độ áp dụng"),
  }),
], { error: `loại kiểm tra (check) phải là một trong: ${REQUIREMENT_CHECKS.join(", ")}` });

export const requirementsFileSchema = z.strictObject({
  description: z.union([z.string(), z.array(z.string())]).optional(),
  requirements: z.array(ruleSchema).min(1, "cần ít nhất một yêu cầu"),
}).superRefine((file, ctx) => {
  file.requirements.forEach((rule, i) => {
    if (rule.effective_to !== null && rule.effective_to < rule.effective_from) {
      ctx.addIssue({ code: "custom", path: ["requirements", i, "effective_to"], message: `ngày hết hiệu lực ${rule.effective_to} trước ngày có hiệu lực ${rule.effective_from}` });
    }
    const seen = new Set<number>();
    rule.applies_to.forEach((group, g) => group.levels.forEach((level, l) => {
      if (seen.has(level)) ctx.addIssue({ code: "custom", path: ["requirements", i, "applies_to", g, "levels", l], message: `cấp độ ${level} đã được nêu ở nhóm khác của cùng yêu cầu` });
      seen.add(level);
    }));
    // One version of a requirement in force on any day: ranges are inclusive, a missing end is open.
    file.requirements.slice(0, i).forEach((other, j) => {
      if (other.code !== rule.code) return;
      const overlaps = rule.effective_from <= (other.effective_to ?? "9999-12-31") && other.effective_from <= (rule.effective_to ?? "9999-12-31");
      if (overlaps) {
        ctx.addIssue({
          code: "custom",
          path: ["requirements", i, "effective_from"],
          message: `thời gian hiệu lực ${range(rule)} chồng lấn với requirements.${j} (${range(other)}) của cùng mã "${rule.code}"`,
        });
      }
    });
  });
});

const range = (rule: { effective_from: string; effective_to: string | null }) => `${rule.effective_from} – ${rule.effective_to ?? "không thời hạn"}`;

export type RequirementRule = z.infer<typeof ruleSchema>;

/** Reads and validates the requirements file; errors name the file, each bad field and its requirement in Vietnamese. */
export function loadRequirementRules(file: string = DEFAULT_REQUIREMENTS_FILE): RequirementRule[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`Không đọc được tệp yêu cầu ${file}: ${errorMessage(error)}`);
  }
  const parsed = requirementsFileSchema.safeParse(json, { error: z.locales.vi().localeError });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${describePath(json, issue.path)}: ${issue.message}`);
    throw new Error(`Tệp yêu cầu ${file} không hợp lệ: ${problems.join("; ")}`);
  }
  return parsed.data.requirements;
}

/** "requirements.2.effective_to (yêu cầu "periodic_assessment")", so the analyst finds the entry by its code. */
function describePath(json: unknown, path: PropertyKey[]): string {
  const where = path.map(String).join(".") || "(gốc)";
  if (path[0] !== "requirements" || typeof path[1] !== "number") return where;
  const entry = (json as { requirements?: unknown[] }).requirements?.[path[1]];
  const code = typeof entry === "object" && entry !== null ? (entry as { code?: unknown }).code : undefined;
  return typeof code === "string" ? `${where} (yêu cầu "${code}")` : where;
}
