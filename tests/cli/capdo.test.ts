import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SAMPLES = join(ROOT, "../shared/samples/submissions");
const BIN = join(ROOT, "bin/capdo.js");

function capdo(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the capdo command", () => {
  it.skipIf(!existsSync(SAMPLES))("runs on the samples, exits 0 and prints the accounting in Vietnamese", () => {
    const out = mkdtempSync(join(tmpdir(), "capdo-cli-"));
    const { code, stdout } = capdo("run", "--sources", SAMPLES, "--out", out, "--no-dashboard");
    expect(code).toBe(0);
    expect(stdout).toContain("Tệp đã đọc: 78 = nạp 75 + bản sao trùng 1 (tính một lần) + từ chối 2 + bỏ qua 0");
    expect(stdout).toMatch(/Dòng dữ liệu đã đọc: [\d.]+ = nạp [\d.]+ \+ để riêng 9/);
    expect(stdout).toContain("batch-2/Copy of BM01_83.xlsx");
    expect(existsSync(join(out, "capdo.duckdb"))).toBe(true);
    expect(existsSync(join(out, "capdo.duckdb.building"))).toBe(false);
    expect(existsSync(join(out, "exports", "xep-hang-2024-09.xlsx"))).toBe(true);
    expect(existsSync(join(out, "exports.building"))).toBe(false);
  });

  it.skipIf(!existsSync(SAMPLES))("re-runs report what changed since the previous run; build re-derives the models alone", () => {
    const sources = mkdtempSync(join(tmpdir(), "capdo-rerun-"));
    cpSync(SAMPLES, sources, { recursive: true });
    const out = mkdtempSync(join(tmpdir(), "capdo-rerun-out-"));
    expect(capdo("run", "--sources", sources, "--out", out, "--no-dashboard").stdout).toContain("Số liệu thay đổi so với lần chạy trước: 0");
    expect(capdo("run", "--sources", sources, "--out", out, "--no-dashboard").stdout).toContain("Số liệu thay đổi so với lần chạy trước: 0");
    // The corrected BGDDT report for 2024-08 disappears: the first version counts again.
    rmSync(join(sources, "batch-3/Book_v3.xlsx"));
    const third = capdo("run", "--sources", sources, "--out", out, "--no-dashboard");
    expect(third.code).toBe(0);
    expect(third.stdout).toMatch(/Số liệu thay đổi so với lần chạy trước: [1-9]/);
    const settings = join(out, "weights.json");
    writeFileSync(settings, JSON.stringify({ composite_weights: { approval: 0.3, implementation: 0.7 } }));
    const reweighted = capdo("run", "--sources", sources, "--out", out, "--no-dashboard", "--settings", settings);
    expect(reweighted.code).toBe(0);
    // Every parsed file is reused after a file was removed, and again with new weights (they do not change what a file reads as).
    const reused = (stdout: string) => Number(/dùng lại kết quả đọc, không đọc lại\): (\d+)/.exec(stdout)?.[1] ?? 0);
    expect(reused(third.stdout)).toBeGreaterThan(70);
    expect(reused(reweighted.stdout)).toBe(reused(third.stdout));
    const build = capdo("build", "--out", out, "--settings", settings);
    expect(build.code).toBe(0);
    expect(build.stdout).toContain("Đã dựng lại các mô hình");
    const badSettings = join(out, "bad.json");
    writeFileSync(badSettings, JSON.stringify({ composite_weights: { approval: 0.3, implementation: 0.3 } }));
    const refused = capdo("build", "--out", out, "--settings", badSettings);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("tổng hai trọng số phải bằng 1");
  });

  it("exits 0 on a folder of nothing but bad files, and skips lock files", () => {
    const sources = mkdtempSync(join(tmpdir(), "capdo-bad-"));
    mkdirSync(join(sources, "sub"));
    writeFileSync(join(sources, "empty.xlsx"), "");
    writeFileSync(join(sources, "sub", "page.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
    writeFileSync(join(sources, "~$Book1.xlsx"), "lock");
    const out = mkdtempSync(join(tmpdir(), "capdo-out-"));
    const { code, stdout } = capdo("run", "--sources", sources, "--out", out, "--no-dashboard");
    expect(code).toBe(0);
    expect(stdout).toContain("Tệp đã đọc: 3 = nạp 0 + bản sao trùng 0 (tính một lần) + từ chối 2 + bỏ qua 1");
    expect(stdout).toContain("sub/page.xls: không phải bảng tính: nội dung là trang HTML");
  });

  it("prints its version, as package.json gives it, and exits 0", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    for (const args of [["--version"], ["version"]]) {
      const result = capdo(...args);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`capdo ${version}\n`);
    }
    expect(capdo("--help").stdout).toContain("capdo --version");
  });

  it("exits non-zero with a usage message when it cannot run", () => {
    const missing = capdo("run", "--sources", join(tmpdir(), "does-not-exist-capdo"), "--out", tmpdir());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Không tìm thấy thư mục nguồn");
    const noArgs = capdo("run");
    expect(noArgs.code).toBe(2);
    expect(capdo("frobnicate").code).toBe(2);
  });

  it.skipIf(!existsSync(SAMPLES))("check prints every problem of a file and exits 1, 0 for a clean file", () => {
    const bad = capdo("check", join(SAMPLES, "batch-2/BC_ATTT 29.xlsx"), join(SAMPLES, "batch-1/HTTT cap do_3.xlsx"));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('dòng 17 · cột "Cấp độ": "6" không hợp lệ — cấp độ phải từ 1 đến 5');
    expect(bad.stdout).toContain("HTTT cap do_3.xlsx: TỆP BỊ TỪ CHỐI");
    const good = capdo("check", join(SAMPLES, "batch-1/Bieu_BM01 (7).csv"));
    expect(good.code).toBe(0);
    expect(good.stdout).toContain("BM-01 T27 kỳ 2024-07; 39 dòng dữ liệu, 0 dòng không được tính, 0 ghi chú");
  });
});
