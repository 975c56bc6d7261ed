import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTargets } from "../../pipeline/config/loadTargets.ts";

const target = { code: "phe_duyet_100", name: "100 % HTTT được phê duyệt", legal_basis: "Chỉ thị 09/CT-TTg", metric: "approval", target_rate: 1, deadline: "2024-09-30" };

function targetsFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "capdo-targets-")), "targets.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("loadTargets", () => {
  it("reads the Directive 09/CT-TTg targets from sources/targets.json", () => {
    const targets = loadTargets();
    expect(targets.targets.map((t) => [t.code, t.metric, t.target_rate, t.deadline])).toEqual([
      ["phe_duyet_100", "approval", 1, "2024-09-30"],
      ["trien_khai_100", "implementation", 1, "2024-12-31"],
    ]);
    for (const t of targets.targets) expect(t.legal_basis).toContain("09/CT-TTg");
    expect(targets.projection_horizon_months).toBeGreaterThan(0);
  });

  it("takes a file of its own and defaults the projection horizon to 24 months", () => {
    expect(loadTargets(targetsFile({ targets: [target] }))).toEqual({ projection_horizon_months: 24, targets: [target] });
  });

  it.each([
    ["a metric it does not know", { targets: [{ ...target, metric: "monitoring" }] }, /targets\.0\.metric \(mục tiêu phe_duyet_100\): chỉ tiêu phải là approval/],
    ["a rate written as a percentage", { targets: [{ ...target, target_rate: 100 }] }, /targets\.0\.target_rate \(mục tiêu phe_duyet_100\): tỷ lệ mục tiêu là phân số, tối đa 1/],
    ["a rate of 0", { targets: [{ ...target, target_rate: 0 }] }, /target_rate .*phải lớn hơn 0/],
    ["a date that does not exist", { targets: [{ ...target, deadline: "2024-02-30" }] }, /targets\.0\.deadline .*hạn chót phải là một ngày có thật dạng YYYY-MM-DD/],
    ["a day-first date", { targets: [{ ...target, deadline: "30/09/2024" }] }, /targets\.0\.deadline/],
    ["the same code twice", { targets: [target, { ...target, metric: "implementation" }] }, /targets\.1\.code \(mục tiêu phe_duyet_100\): mã mục tiêu "phe_duyet_100" bị trùng/],
    ["a missing field", { targets: [{ ...target, legal_basis: undefined }] }, /targets\.0\.legal_basis .*thiếu trường bắt buộc/],
    ["a field it does not know", { targets: [{ ...target, deadlines: "2024-09-30" }] }, /trường không được hỗ trợ: deadlines/],
    ["no targets", { targets: [] }, /targets: phải có ít nhất một mục tiêu/],
    ["a horizon that is not whole", { projection_horizon_months: 2.5, targets: [target] }, /projection_horizon_months: số tháng dự báo phải là số nguyên/],
  ])("rejects %s, naming the file and the field in Vietnamese", (_, content, message) => {
    const file = targetsFile(content);
    expect(() => loadTargets(file)).toThrow(`Tệp mục tiêu ${file} không hợp lệ`);
    expect(() => loadTargets(file)).toThrow(message);
  });

  it("says which file it could not read", () => {
    const file = targetsFile("{ not json");
    expect(() => loadTargets(file)).toThrow(`Không đọc được tệp mục tiêu ${file}`);
    expect(() => loadTargets(join(tmpdir(), "capdo-no-such-dir", "targets.json"))).toThrow(/Không đọc được tệp mục tiêu .*targets\.json/);
  });
});
