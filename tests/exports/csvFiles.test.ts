import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { exportGiven } from "./exportGiven.ts";

const EXPECTED = fileURLToPath(new URL("./expected/", import.meta.url));
const CSV_FILES = ["xep-hang-2024-09-toan-quoc.csv", "xep-hang-2024-09-bo-nganh.csv", "xep-hang-2024-09-dia-phuong.csv", "tuan-thu-2024-09.csv"];

let exportsDir: string;

beforeAll(async () => {
  exportsDir = join((await exportGiven()).outDir, "exports");
  // CAPDO_UPDATE_EXPECTED=1 rewrites the expected files after a deliberate change (review the diff).
  if (process.env.CAPDO_UPDATE_EXPECTED) for (const name of CSV_FILES) writeFileSync(join(EXPECTED, name), readFileSync(join(exportsDir, name)));
});

describe("the CSV exports", () => {
  it.each(CSV_FILES)("%s is byte for byte the expected file", (name) => {
    expect(readFileSync(join(exportsDir, name)).equals(readFileSync(join(EXPECTED, name)))).toBe(true);
  });

  it.each(CSV_FILES)("%s is UTF-8 with BOM, CRLF line ends, RFC 4180 quoting and one header row", (name) => {
    const bytes = readFileSync(join(exportsDir, name));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const width = parsed.data[0]!.length;
    expect(parsed.data.every((r) => r.length === width)).toBe(true);
    // Outside quoted fields every line ends with CRLF: no bare LF separates records.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, "");
    expect(unquoted.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes the ranking as plain numbers (rates as fractions, decimal point) beside the agency code and the month of the figures", () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(exportsDir, "xep-hang-2024-09-bo-nganh.csv"), "utf8").slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r["Hạng"], r["Mã cơ quan"], r["Tên cơ quan"], r["Tỷ lệ phê duyệt"], r["Thay đổi hạng"], r["Kỳ số liệu"]])).toEqual([
      ["1", "BTP", "Bộ Tư pháp", "1", "0", "Tháng 08/2024"],
      ["2", "BYT", "Bộ Y tế", "0.8", "1", "Tháng 09/2024"],
      ["3", "BCT", "Bộ Công Thương", "0.5", "-1", "Tháng 09/2024"],
      ["", "VHLKHXH", "Viện Hàn lâm Khoa học xã hội Việt Nam", "", "", "Tháng 09/2024"],
    ]);
  });
});
