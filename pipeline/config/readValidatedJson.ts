import { readFileSync } from "node:fs";
import type { z } from "zod";
import { errorMessage } from "../util/errorMessage.ts";

/** Reads a JSON configuration file and validates it; the error names the file and each bad field in Vietnamese. */
export function readValidatedJson<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`Không đọc được tệp cấu hình ${file}: ${errorMessage(error)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`Tệp cấu hình ${file} không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(gốc)"}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}
