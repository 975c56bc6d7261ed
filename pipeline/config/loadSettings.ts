import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const DEFAULT_SETTINGS_FILE = fileURLToPath(new URL("../../sources/settings.json", import.meta.url));

export const settingsSchema = z.strictObject({
  description: z.string().optional(),
  /** Weights of the composite score; they must sum to 1. Default 0.5 / 0.5. */
  composite_weights: z.strictObject({ approval: z.number().min(0).max(1), implementation: z.number().min(0).max(1) })
    .refine((w) => Math.abs(w.approval + w.implementation - 1) < 1e-9, "tổng hai trọng số phải bằng 1")
    .default({ approval: 0.5, implementation: 0.5 }),
  /** A carried-forward report older than this many months is flagged stale. Default 3. */
  stale_after_months: z.number().int().min(1).max(24).default(3),
  /** The report for month M is due by this day of M (Decree 09/2019/NĐ-CP: the 20th). */
  report_deadline_day: z.number().int().min(1).max(28).default(20),
  /** Who is expected to report each month: every registry agency existing that month, or only those that ever reported. */
  expected_reporters: z.enum(["registry", "reported"]).default("registry"),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Reads and validates the settings file; the error names the file and each bad field in Vietnamese. */
export function loadSettings(file: string = DEFAULT_SETTINGS_FILE): Settings {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Không đọc được tệp cấu hình ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`Tệp cấu hình ${file} không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(gốc)"}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}
