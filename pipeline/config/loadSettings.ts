import { readValidatedJson } from "./readValidatedJson.ts";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEFAULT_READ_LIMITS } from "../read/defaultReadLimits.ts";

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
  /** What one submitted file may weigh; a file over a limit is rejected with the limit and its value (pipeline/read/ReadLimits.ts). */
  limits: z.strictObject({
    max_file_mb: z.number().positive("phải lớn hơn 0").max(2048, "tối đa 2048 MB").default(DEFAULT_READ_LIMITS.max_file_mb),
    max_uncompressed_mb: z.number().positive("phải lớn hơn 0").max(4096, "tối đa 4096 MB").default(DEFAULT_READ_LIMITS.max_uncompressed_mb),
    max_compression_ratio: z.number().min(2, "phải từ 2 trở lên").default(DEFAULT_READ_LIMITS.max_compression_ratio),
    max_rows_per_sheet: z.number().int("phải là số nguyên").min(100, "phải từ 100 trở lên").default(DEFAULT_READ_LIMITS.max_rows_per_sheet),
    max_cells_per_row: z.number().int("phải là số nguyên").min(20, "phải từ 20 trở lên").max(16_384, "tối đa 16384 (số cột của Excel)").default(DEFAULT_READ_LIMITS.max_cells_per_row),
  }).default(DEFAULT_READ_LIMITS),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Reads and validates the settings file; the error names the file and each bad field in Vietnamese. */
export function loadSettings(file: string = DEFAULT_SETTINGS_FILE): Settings {
  return readValidatedJson(file, settingsSchema);
}
