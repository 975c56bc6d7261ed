import { readFileSync } from "node:fs";

/**
 * Rows of a tab-separated reference file with a header line, as column → trimmed NFC text.
 * Throws a Vietnamese message naming the file when it cannot be read or lacks a column.
 */
export function readTsv(file: string, columns: readonly string[]): Record<string, string>[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`Không đọc được tệp danh mục cơ quan "${file}": ${(error as Error).message}`);
  }
  const lines = text.replace(/^\uFEFF/, "").normalize("NFC").split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t").map((cell) => cell.trim());
  for (const column of columns) {
    if (!header.includes(column)) {
      throw new Error(`Tệp danh mục cơ quan "${file}" thiếu cột "${column}" ở dòng tiêu đề.`);
    }
  }
  const rows: Record<string, string>[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === "") continue;
    const cells = line.split("\t");
    rows.push(Object.fromEntries(header.map((column, i) => [column, (cells[i] ?? "").trim()])));
  }
  return rows;
}
