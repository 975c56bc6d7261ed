import { readFileSync } from "node:fs";
import { z } from "zod";
import { agencyNameKey } from "./agencyNameKey.ts";
import { buildAgencies } from "./buildAgencies.ts";
import { defaultPaths } from "./defaultPaths.ts";

// The file is either a bare array of entries or an object whose "aliases" holds them (other keys,
// such as a "description" for analysts, are allowed and ignored).
const AliasFile = z.union([z.array(z.unknown()), z.looseObject({ aliases: z.array(z.unknown()) })]);
const AliasEntry = z.strictObject({ alias: z.string(), code: z.string(), note: z.string().optional() });

/**
 * Reads and validates the analyst-editable alias list: each entry maps a spelling to a registry
 * code. Throws an Error with a Vietnamese message naming the file and the bad entry (invalid JSON,
 * a missing or misspelt field, a blank value, an unknown code, an alias made only of prefixes).
 * `knownCodes` defaults to the codes of the default reference lists.
 */
export function loadAliases(file: string, knownCodes?: ReadonlySet<string>): { alias: string; code: string; note?: string }[] {
  const fail = (detail: string): never => {
    throw new Error(`Tệp bí danh cơ quan "${file}": ${detail}`);
  };

  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    fail(`không đọc được tệp (${(error as Error).message}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    fail(`không phải JSON hợp lệ (${(error as Error).message}).`);
  }
  const shape = AliasFile.safeParse(data);
  if (!shape.success) {
    return fail(`cần một mảng các mục {"alias", "code", "note"} hoặc một đối tượng có trường "aliases" là mảng đó.`);
  }
  const rawEntries = Array.isArray(shape.data) ? shape.data : shape.data.aliases;

  const codes = knownCodes ?? new Set(buildAgencies(defaultPaths.referenceDir).map((agency) => agency.code));
  return rawEntries.map((raw, index) => {
    const rawAlias = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).alias : undefined;
    const label = `mục thứ ${index + 1}${typeof rawAlias === "string" ? ` (bí danh "${rawAlias}")` : ""}`;
    const parsed = AliasEntry.safeParse(raw);
    if (!parsed.success) return fail(`${label}: ${describeIssue(raw, parsed.error.issues[0])}.`);

    const alias = parsed.data.alias.normalize("NFC").trim().replace(/\s+/g, " ");
    const code = parsed.data.code.normalize("NFC").trim().toUpperCase();
    if (alias === "") fail(`${label}: trường "alias" đang để trống.`);
    if (code === "") fail(`${label}: trường "code" đang để trống.`);
    if (!codes.has(code)) fail(`${label}: mã cơ quan "${code}" không có trong danh mục bộ, ngành, địa phương.`);
    if (agencyNameKey(alias, null).key === "") {
      fail(`${label}: bí danh chỉ gồm tiền tố hành chính hoặc dấu câu, không dùng để nhận diện cơ quan được.`);
    }
    const note = parsed.data.note?.trim();
    return note ? { alias, code, note } : { alias, code };
  });
}

function describeIssue(raw: unknown, issue: z.core.$ZodIssue | undefined): string {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return `cần một đối tượng dạng {"alias": "...", "code": "..."}`;
  }
  if (issue === undefined) return "mục không hợp lệ";
  const field = String(issue.path[0] ?? "");
  if (issue.code === "unrecognized_keys") {
    return `có trường không hợp lệ ${issue.keys.map((key) => `"${key}"`).join(", ")} (chỉ dùng "alias", "code", "note")`;
  }
  if (issue.code === "invalid_type") {
    return field in raw ? `trường "${field}" phải là chuỗi ký tự` : `thiếu trường "${field}"`;
  }
  return `trường "${field}" không hợp lệ (${issue.message})`;
}
