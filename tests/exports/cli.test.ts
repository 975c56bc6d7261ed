import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { givenWarehouseFile } from "../helpers/givenWarehouseFile.ts";
import { GIVEN_EXPORT_REPORTS } from "./givenExportReports.ts";
import { readExportWorkbook } from "./readExportWorkbook.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin/capdo.js");

function capdo(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("capdo export and capdo template", () => {
  it("export --out DIR reads DIR/capdo.duckdb and writes DIR/exports; --db names another warehouse", async () => {
    const dbPath = await givenWarehouseFile(GIVEN_EXPORT_REPORTS);
    const run = capdo("export", "--out", dirname(dbPath));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Đã ghi 11 tệp vào ${join(dirname(dbPath), "exports")}`);
    expect(existsSync(join(dirname(dbPath), "exports", "xep-hang-2024-09.xlsx"))).toBe(true);
    const other = mkdtempSync(join(tmpdir(), "capdo-export-cli-"));
    const earlier = capdo("export", "--db", dbPath, "--out", other, "--period", "2024-08");
    expect(earlier.code).toBe(0);
    expect(existsSync(join(other, "exports", "xep-hang-2024-08.xlsx"))).toBe(true);
  });

  it("export refuses unclear requests with a usage message", async () => {
    const dbPath = await givenWarehouseFile(GIVEN_EXPORT_REPORTS);
    expect(capdo("export", "--db", dbPath).code).toBe(2);
    const badPeriod = capdo("export", "--out", dirname(dbPath), "--period", "9/2024");
    expect(badPeriod.code).toBe(2);
    expect(badPeriod.stderr).toContain('Kỳ "9/2024" không hợp lệ — cần dạng YYYY-MM');
    const noData = capdo("export", "--out", dirname(dbPath), "--period", "2030-01");
    expect(noData.code).toBe(1);
    expect(noData.stderr).toContain("Kỳ 2030-01 không có số liệu trong kho dữ liệu");
    const noWarehouse = capdo("export", "--out", mkdtempSync(join(tmpdir(), "capdo-export-cli-")));
    expect(noWarehouse.code).toBe(1);
    expect(noWarehouse.stderr).toContain("Không tìm thấy kho dữ liệu");
  });

  it("template writes a prefilled form, and refuses an unknown form or agency", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "capdo-template-cli-")), "forms", "BM-01 Quang Ngai.xlsx");
    const made = capdo("template", "--form", "BM-01", "--agency", "N51", "--period", "2025-08", "--out", out);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("Đã ghi biểu BM-01 của Tỉnh Quảng Ngãi (N51) kỳ 2025-08");
    const sheet = (await readExportWorkbook(out)).getWorksheet("BM-01")!;
    expect([sheet.getCell("D4").value, sheet.getCell("D5").value, sheet.getCell("D6").value]).toEqual(["Tỉnh Quảng Ngãi", "N51", "Tháng 8/2025"]);
    expect(existsSync(`${out}.partial`)).toBe(false);
    const gone = capdo("template", "--form", "BM-01", "--agency", "T62", "--period", "2025-08", "--out", out);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain("T62");
    expect(capdo("template", "--form", "BM-03", "--out", out).code).toBe(2);
    expect(capdo("template", "--form", "BM-02", "--out", join(tmpdir(), "x.csv")).code).toBe(2);
  });
});
