import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { isCalendarDate } from "./isCalendarDate.ts";
import { errorMessage } from "../util/errorMessage.ts";

export const DEFAULT_TARGETS_FILE = fileURLToPath(new URL("../../sources/targets.json", import.meta.url));


const targetRuleSchema = z.strictObject({
  /** Key of the target in the warehouse (target_rules.target_code). */
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, "mã mục tiêu chỉ gồm chữ thường không dấu, số và _, bắt đầu bằng chữ"),
  name: z.string().trim().min(1, "tên mục tiêu không được để trống"),
  legal_basis: z.string().trim().min(1, "phải ghi căn cứ pháp lý"),
  /** approval = approved ÷ total systems; implementation = approved and fully implemented ÷ total systems. */
  metric: z.enum(["approval", "implementation"], "chỉ tiêu phải là approval (phê duyệt) hoặc implementation (triển khai đầy đủ)"),
  /** A fraction, 1 = 100 %; stored as DECIMAL(9,6) so that "reached" is an exact comparison. */
  target_rate: z.number("tỷ lệ mục tiêu phải là một số")
    .gt(0, "tỷ lệ mục tiêu phải lớn hơn 0")
    .max(1, "tỷ lệ mục tiêu là phân số, tối đa 1 (= 100 %)")
    .refine((r) => Math.abs(Math.round(r * 1e6) - r * 1e6) < 1e-6, "tỷ lệ mục tiêu có tối đa 6 chữ số thập phân"),
  /** Last day by which the target must be met, YYYY-MM-DD. */
  deadline: z.string("hạn chót phải là chuỗi ngày YYYY-MM-DD").refine(isCalendarDate, "hạn chót phải là một ngày có thật dạng YYYY-MM-DD"),
});

export const targetsSchema = z.strictObject({
  description: z.union([z.string(), z.array(z.string())]).optional(),
  /** A trend projection further than this many months after the latest report counts as "không đạt". Default 24. */
  projection_horizon_months: z.number("số tháng dự báo phải là một số").int("số tháng dự báo phải là số nguyên")
    .min(1, "số tháng dự báo tối thiểu là 1").max(240, "số tháng dự báo tối đa là 240").default(24),
  targets: z.array(targetRuleSchema, "targets phải là một danh sách mục tiêu").min(1, "phải có ít nhất một mục tiêu")
    .superRefine((targets, ctx) => {
      const seen = new Set<string>();
      targets.forEach((t, i) => {
        if (seen.has(t.code)) ctx.addIssue({ code: "custom", path: [i, "code"], message: `mã mục tiêu "${t.code}" bị trùng` });
        seen.add(t.code);
      });
    }),
});

export type Targets = z.infer<typeof targetsSchema>;
export type TargetRule = Targets["targets"][number];

/** Vietnamese wording for zod's built-in issues (the schema's own messages take precedence). */
const vietnameseIssue = (issue: z.core.$ZodRawIssue): string | undefined => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "thiếu trường bắt buộc" : `sai kiểu dữ liệu: cần ${issue.expected}`;
    case "unrecognized_keys":
      return `trường không được hỗ trợ: ${issue.keys.join(", ")}`;
    default:
      return undefined;
  }
};

const describePath = (json: unknown, path: PropertyKey[]) => {
  const text = path.map(String).join(".") || "(gốc)";
  const code = path[0] === "targets" && typeof path[1] === "number" ? (json as { targets?: { code?: unknown }[] }).targets?.[path[1]]?.code : undefined;
  return typeof code === "string" ? `${text} (mục tiêu ${code})` : text;
};

/** Reads and validates the targets file; the error names the file and each bad field in Vietnamese. */
export function loadTargets(file: string = DEFAULT_TARGETS_FILE): Targets {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Không đọc được tệp mục tiêu ${file}: ${errorMessage(error)}`);
  }
  const parsed = targetsSchema.safeParse(json, { error: vietnameseIssue });
  if (!parsed.success) {
    throw new Error(`Tệp mục tiêu ${file} không hợp lệ: ${parsed.error.issues.map((i) => `${describePath(json, i.path)}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}
