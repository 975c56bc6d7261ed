/** "BM-01 · Sheet1 · dòng 14 · cột "Cấp độ"" — the prefix of every message about a place in a file. */
export function describeLocation(parts: { form?: string | null; sheet?: string | null; row?: number | null; column?: string | null; csv?: boolean }): string {
  const out: string[] = [];
  if (parts.form) out.push(parts.form);
  if (parts.sheet) out.push(`trang "${parts.sheet}"`);
  if (parts.row !== null && parts.row !== undefined) out.push(`dòng ${parts.row}`);
  if (parts.column) out.push(`cột "${parts.column}"`);
  return out.join(" · ");
}
