import { describe, expect, it } from "vitest";
import { withGivenWarehouse } from "../helpers/givenWarehouse.ts";
import { writeRequirementsFile } from "../helpers/writeRequirementsFile.ts";
import { regimeChange } from "../helpers/regimeChangeRequirements.ts";
import { loadRequirementRules } from "../../pipeline/config/loadRequirementRules.ts";

const day = (column: string) => `strftime(${column}, '%Y-%m-%d') as ${column}`;

describe("system_requirements", () => {
  it("judges the assessment against its level's limit (12 months for levels 3–4, 6 for level 5): met while still valid on the period's last day", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", systems: [
        { name: "L3 đúng 12 tháng", level: 3, assessmentDate: "2023-07-31" },
        { name: "L3 12 tháng 1 ngày", level: 3, assessmentDate: "2023-07-30" },
        { name: "L4 13 tháng", level: 4, assessmentDate: "2023-06-30" },
        { name: "L5 đúng 6 tháng", level: 5, assessmentDate: "2024-01-31" },
        { name: "L5 6 tháng 1 ngày", level: 5, assessmentDate: "2024-01-30" },
        { name: "L5 7 tháng", level: 5, assessmentDate: "2023-12-31" },
        { name: "L3 không có ngày", level: 3, assessmentDate: null },
        { name: "L3 ngày sau cuối kỳ", level: 3, assessmentDate: "2024-08-05" },
        { name: "L2 không thuộc diện", level: 2, assessmentDate: "2020-01-01" },
      ] },
      { agency: "T22", period: "2024-02", systems: [{ name: "L5 cuối tháng, năm nhuận", level: 5, assessmentDate: "2023-08-31" }] },
    ], async (q) => {
      expect(await q(`select system_name, status, months_since_assessment, days_since_assessment, max_months_since_assessment, ${day("assessment_valid_until")}
        from system_requirements where requirement_code = 'periodic_assessment' order by period desc, "row"`)).toEqual([
        { system_name: "L3 đúng 12 tháng", status: "met", months_since_assessment: 12, days_since_assessment: 366, max_months_since_assessment: 12, assessment_valid_until: "2024-07-31" },
        { system_name: "L3 12 tháng 1 ngày", status: "unmet", months_since_assessment: 12, days_since_assessment: 367, max_months_since_assessment: 12, assessment_valid_until: "2024-07-30" },
        { system_name: "L4 13 tháng", status: "unmet", months_since_assessment: 13, days_since_assessment: 397, max_months_since_assessment: 12, assessment_valid_until: "2024-06-30" },
        { system_name: "L5 đúng 6 tháng", status: "met", months_since_assessment: 6, days_since_assessment: 182, max_months_since_assessment: 6, assessment_valid_until: "2024-07-31" },
        { system_name: "L5 6 tháng 1 ngày", status: "unmet", months_since_assessment: 6, days_since_assessment: 183, max_months_since_assessment: 6, assessment_valid_until: "2024-07-30" },
        { system_name: "L5 7 tháng", status: "unmet", months_since_assessment: 7, days_since_assessment: 213, max_months_since_assessment: 6, assessment_valid_until: "2024-06-30" },
        { system_name: "L3 không có ngày", status: "unknown", months_since_assessment: null, days_since_assessment: null, max_months_since_assessment: 12, assessment_valid_until: null },
        { system_name: "L3 ngày sau cuối kỳ", status: "unknown", months_since_assessment: null, days_since_assessment: null, max_months_since_assessment: 12, assessment_valid_until: "2025-08-05" },
        { system_name: "L5 cuối tháng, năm nhuận", status: "met", months_since_assessment: 6, days_since_assessment: 182, max_months_since_assessment: 6, assessment_valid_until: "2024-02-29" },
      ]);
      expect(await q(`select system_name, evidence from system_requirements
        where requirement_code = 'periodic_assessment' and system_name in ('L3 đúng 12 tháng', 'L5 6 tháng 1 ngày', 'L3 không có ngày', 'L3 ngày sau cuối kỳ') order by "row"`)).toEqual([
        { system_name: "L3 đúng 12 tháng", evidence: "Kiểm tra, đánh giá gần nhất ngày 31/07/2023: 12 tháng tính đến ngày 31/07/2024 (tối đa 12 tháng với cấp độ 3)" },
        { system_name: "L5 6 tháng 1 ngày", evidence: "Kiểm tra, đánh giá gần nhất ngày 30/01/2024: 6 tháng 1 ngày tính đến ngày 31/07/2024 (tối đa 6 tháng với cấp độ 5)" },
        { system_name: "L3 không có ngày", evidence: "Không có ngày kiểm tra, đánh giá gần nhất" },
        { system_name: "L3 ngày sau cuối kỳ", evidence: "Ngày kiểm tra, đánh giá gần nhất 05/08/2024 sau ngày cuối kỳ 31/07/2024" },
      ]);
    });
  });

  it("is unknown, never unmet, when the evidence is missing: blank or unreadable statuses and yes/no values", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", systems: [
        { name: "đủ", approval: "approved", implementation: "full", monitored: "yes", nationalConnection: "yes" },
        { name: "không", approval: "not_approved", implementation: "none", monitored: "no", nationalConnection: "no" },
        { name: "bỏ trống", approval: "blank", implementation: "blank", monitored: "blank", nationalConnection: "blank" },
        { name: "không rõ", approval: "unknown", implementation: "unknown", monitored: "unknown", nationalConnection: "unknown" },
        { name: "đang thẩm định, ghi đầy đủ", approval: "under_review", implementation: "full", monitored: "yes", nationalConnection: "no" },
        { name: "đã phê duyệt, một phần", approval: "approved", implementation: "partial", monitored: "no", nationalConnection: "yes" },
        { name: "bỏ trống phê duyệt, ghi đầy đủ", approval: "blank", implementation: "full", monitored: "yes", nationalConnection: "yes" },
      ] },
    ], async (q) => {
      const rows = await q(`select system_name, list(status order by requirement_order) as statuses
        from system_requirements where requirement_code in ('dossier_approved', 'plan_implemented', 'professional_monitoring', 'national_monitoring_connection')
        group by system_name, "row" order by "row"`);
      expect(rows).toEqual([
        { system_name: "đủ", statuses: ["met", "met", "met", "met"] },
        { system_name: "không", statuses: ["unmet", "unmet", "unmet", "unmet"] },
        { system_name: "bỏ trống", statuses: ["unknown", "unknown", "unknown", "unknown"] },
        { system_name: "không rõ", statuses: ["unknown", "unknown", "unknown", "unknown"] },
        { system_name: "đang thẩm định, ghi đầy đủ", statuses: ["unmet", "unmet", "met", "unmet"] },
        { system_name: "đã phê duyệt, một phần", statuses: ["met", "unmet", "unmet", "met"] },
        { system_name: "bỏ trống phê duyệt, ghi đầy đủ", statuses: ["unknown", "unknown", "met", "met"] },
      ]);
    });
  });

  it("requires a drill in the period's year for levels 3 and up, and applies no level ≥ 3 rule to a level-2 system", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-03", systems: [
        { name: "năm nay", level: 3, drillYear: 2024 },
        { name: "năm trước", level: 4, drillYear: 2023 },
        { name: "không ghi", level: 5, drillYear: null },
        { name: "năm sau kỳ", level: 3, drillYear: 2025 },
        { name: "cấp độ 2", level: 2, drillYear: 2024, assessmentDate: "2024-01-15" },
      ] },
    ], async (q) => {
      expect(await q(`select system_name, status, drill_year, years_since_drill, max_years_since_drill, evidence
        from system_requirements where requirement_code = 'live_fire_drill' order by "row"`)).toEqual([
        { system_name: "năm nay", status: "met", drill_year: 2024, years_since_drill: 0, max_years_since_drill: 0, evidence: "Diễn tập thực chiến gần nhất năm 2024; yêu cầu trong năm 2024" },
        { system_name: "năm trước", status: "unmet", drill_year: 2023, years_since_drill: 1, max_years_since_drill: 0, evidence: "Diễn tập thực chiến gần nhất năm 2023; yêu cầu trong năm 2024" },
        { system_name: "không ghi", status: "unknown", drill_year: null, years_since_drill: null, max_years_since_drill: 0, evidence: "Không có năm diễn tập thực chiến gần nhất" },
        { system_name: "năm sau kỳ", status: "unknown", drill_year: 2025, years_since_drill: -1, max_years_since_drill: 0, evidence: "Năm diễn tập thực chiến 2025 sau năm của kỳ báo cáo (2024)" },
      ]);
      expect(await q(`select list(requirement_code order by requirement_order) as codes from system_requirements where level = 2`)).toEqual([
        { codes: ["dossier_approved", "plan_implemented", "professional_monitoring", "national_monitoring_connection"] },
      ]);
    });
  });

  it("keeps the provenance, the evidence and the legal basis beside each status, and only the evidence the requirement uses", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", file: "t01/bao-cao.xlsx", systems: [
        { name: "Cổng dịch vụ công", systemCode: "HT-01", level: 3, approvalRaw: "Đã PD", decisionNo: "125/QĐ-UBND", approvalDate: "2024-03-01", assessmentDate: "2024-05-20" },
      ] },
    ], async (q) => {
      expect(await q(`select agency_code, period, ${day("period_end_date")}, file, sheet, "row", system_code, system_name, level, requirement_name, status, evidence,
          approval_status, decision_no, ${day("approval_date")}, implementation_status, assessment_date, monitored, legal_basis, ${day("rule_effective_from")}, rule_effective_to
        from system_requirements where requirement_code = 'dossier_approved'`)).toEqual([{
        agency_code: "T01", period: "2024-07", period_end_date: "2024-07-31", file: "t01/bao-cao.xlsx", sheet: "Sheet1", row: 10,
        system_code: "HT-01", system_name: "Cổng dịch vụ công", level: 3,
        requirement_name: "Hồ sơ đề xuất cấp độ được cấp có thẩm quyền phê duyệt", status: "met",
        evidence: "Phê duyệt HSĐXCĐ: đã phê duyệt (\"Đã PD\"); số quyết định 125/QĐ-UBND; ngày phê duyệt 01/03/2024",
        approval_status: "approved", decision_no: "125/QĐ-UBND", approval_date: "2024-03-01", implementation_status: null, assessment_date: null, monitored: null,
        legal_basis: "Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ; Chỉ thị số 09/CT-TTg ngày 23/02/2024 của Thủ tướng Chính phủ về việc tăng cường bảo đảm an toàn hệ thống thông tin theo cấp độ",
        rule_effective_from: "2016-07-01", rule_effective_to: null,
      }]);
      expect(await q(`select requirement_code, protection_layer from system_requirements order by requirement_order`)).toEqual([
        { requirement_code: "dossier_approved", protection_layer: null },
        { requirement_code: "plan_implemented", protection_layer: null },
        { requirement_code: "periodic_assessment", protection_layer: 3 },
        { requirement_code: "professional_monitoring", protection_layer: 2 },
        { requirement_code: "national_monitoring_connection", protection_layer: 4 },
        { requirement_code: "live_fire_drill", protection_layer: null },
      ]);
    });
  });

  it("judges only the systems of the counted report: not a superseded report's, and a BM-02 has none", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2024-07", reportDate: "2024-07-05", file: "t01/cu.xlsx", systems: [{ name: "Bản cũ" }, { name: "Bản cũ 2" }] },
      { agency: "T01", period: "2024-07", reportDate: "2024-07-15", file: "t01/moi.xlsx", systems: [{ name: "Bản mới" }] },
      { agency: "BCA", period: "2024-07", counts: { total: 5, approved: 5, implemented: 5 } },
    ], async (q) => {
      expect(await q("select agency_code, file, system_name, count(*) as requirements from system_requirements group by all")).toEqual([
        { agency_code: "T01", file: "t01/moi.xlsx", system_name: "Bản mới", requirements: 6 },
      ]);
    });
  });

  it("judges each period by the rules in force on its last day, read from the rules table", async () => {
    await withGivenWarehouse([
      { agency: "T01", period: "2026-06", systems: [
        { name: "cấp độ 3", level: 3, assessmentDate: "2025-11-30", monitored: "yes" },
        { name: "cấp độ 2", level: 2, assessmentDate: "2026-03-31", monitored: "yes" },
      ] },
      { agency: "T01", period: "2026-07", systems: [
        { name: "cấp độ 3", level: 3, assessmentDate: "2025-11-30", monitored: "yes" },
        { name: "cấp độ 2", level: 2, assessmentDate: "2026-03-31", monitored: "yes" },
      ] },
    ], async (q) => {
      expect(await q(`select period, system_name, requirement_code, status, months_since_assessment, max_months_since_assessment, legal_basis
        from system_requirements order by period, "row", requirement_order`)).toEqual([
        { period: "2026-06", system_name: "cấp độ 3", requirement_code: "periodic_assessment", status: "met", months_since_assessment: 7, max_months_since_assessment: 12, legal_basis: "Thông tư số 12/2022/TT-BTTTT" },
        { period: "2026-06", system_name: "cấp độ 3", requirement_code: "professional_monitoring", status: "met", months_since_assessment: null, max_months_since_assessment: null, legal_basis: "Chỉ thị số 14/CT-TTg" },
        { period: "2026-06", system_name: "cấp độ 2", requirement_code: "professional_monitoring", status: "met", months_since_assessment: null, max_months_since_assessment: null, legal_basis: "Chỉ thị số 14/CT-TTg" },
        { period: "2026-07", system_name: "cấp độ 3", requirement_code: "periodic_assessment", status: "unmet", months_since_assessment: 8, max_months_since_assessment: 6, legal_basis: "Luật An ninh mạng số 116/2025/QH15" },
        { period: "2026-07", system_name: "cấp độ 2", requirement_code: "periodic_assessment", status: "met", months_since_assessment: 4, max_months_since_assessment: 6, legal_basis: "Luật An ninh mạng số 116/2025/QH15" },
      ]);
    }, { requirementsFile: writeRequirementsFile(regimeChange) });
  });
});

describe("loadRequirementRules", () => {
  const assessment = (over: Record<string, unknown> = {}) => ({
    code: "periodic_assessment", name: "Kiểm tra, đánh giá định kỳ", check: "assessment_within_months",
    legal_basis: "Thông tư số 12/2022/TT-BTTTT", effective_from: "2022-10-01", effective_to: null,
    applies_to: [{ levels: [3, 4], max_months_since_assessment: 12 }, { levels: [5], max_months_since_assessment: 6 }],
    ...over,
  });
  const load = (content: unknown) => () => loadRequirementRules(writeRequirementsFile(content));

  it("reads sources/requirements.json by default: six requirements, thresholds per level", () => {
    const rules = loadRequirementRules();
    expect(rules.map((r) => r.code)).toEqual([
      "dossier_approved", "plan_implemented", "periodic_assessment", "professional_monitoring", "national_monitoring_connection", "live_fire_drill",
    ]);
    expect(rules.find((r) => r.code === "periodic_assessment")?.applies_to).toEqual([
      { levels: [3, 4], max_months_since_assessment: 12 }, { levels: [5], max_months_since_assessment: 6 },
    ]);
    expect(rules.find((r) => r.code === "live_fire_drill")?.applies_to).toEqual([{ levels: [3, 4, 5], max_years_since_drill: 0 }]);
    expect(rules.every((r) => r.legal_basis.length > 20)).toBe(true);
  });

  it("accepts consecutive versions of a requirement and a file of its own (the regime change)", () => {
    expect(loadRequirementRules(writeRequirementsFile(regimeChange)).map((r) => [r.code, r.effective_from, r.effective_to])).toEqual([
      ["periodic_assessment", "2022-10-01", "2026-07-14"],
      ["periodic_assessment", "2026-07-15", null],
      ["professional_monitoring", "2019-06-07", "2026-06-30"],
    ]);
  });

  it("rejects overlapping effective ranges of the same code, naming the file, the field and both ranges", () => {
    const file = writeRequirementsFile({ requirements: [
      assessment({ effective_to: "2026-07-01" }),
      assessment({ effective_from: "2026-07-01", legal_basis: "Luật An ninh mạng số 116/2025/QH15" }),
    ] });
    expect(() => loadRequirementRules(file)).toThrow(
      `Tệp yêu cầu ${file} không hợp lệ: requirements.1.effective_from (yêu cầu "periodic_assessment"): thời gian hiệu lực 2026-07-01 – không thời hạn chồng lấn với requirements.0 (2022-10-01 – 2026-07-01) của cùng mã "periodic_assessment"`,
    );
    expect(load({ requirements: [assessment(), assessment({ effective_from: "2030-01-01" })] })).toThrow(/chồng lấn với requirements\.0 \(2022-10-01 – không thời hạn\)/);
    expect(load({ requirements: [assessment({ effective_to: "2026-06-30" }), assessment({ code: "other_code", effective_from: "2024-01-01" })] })).not.toThrow();
  });

  it("rejects a missing or misplaced threshold, an unknown check, a bad date or level, with the field in Vietnamese", () => {
    expect(load({ requirements: [assessment({ applies_to: [{ levels: [3] }] })] }))
      .toThrow(/requirements\.0\.applies_to\.0\.max_months_since_assessment \(yêu cầu "periodic_assessment"\): Đầu vào không hợp lệ/);
    expect(load({ requirements: [assessment({ check: "monitored" })] }))
      .toThrow(/requirements\.0\.applies_to\.0 \(yêu cầu "periodic_assessment"\): Khóa không được nhận dạng: "max_months_since_assessment"/);
    expect(load({ requirements: [assessment({ check: "encrypted" })] }))
      .toThrow(/requirements\.0\.check \(yêu cầu "periodic_assessment"\): loại kiểm tra \(check\) phải là một trong: dossier_approved, /);
    expect(load({ requirements: [assessment({ effective_from: "2026-02-30" })] })).toThrow(/requirements\.0\.effective_from .*: ngày không có thật/);
    expect(load({ requirements: [assessment({ effective_from: "01/07/2026" })] })).toThrow(/ngày phải viết dạng YYYY-MM-DD/);
    expect(load({ requirements: [assessment({ effective_to: "2020-01-01" })] }))
      .toThrow(/requirements\.0\.effective_to .*: ngày hết hiệu lực 2020-01-01 trước ngày có hiệu lực 2022-10-01/);
    expect(load({ requirements: [assessment({ applies_to: [{ levels: [6], max_months_since_assessment: 12 }] })] }))
      .toThrow(/requirements\.0\.applies_to\.0\.levels\.0 .*: cấp độ từ 1 đến 5/);
    expect(load({ requirements: [assessment({ applies_to: [{ levels: [3, 5], max_months_since_assessment: 12 }, { levels: [5], max_months_since_assessment: 6 }] })] }))
      .toThrow(/requirements\.0\.applies_to\.1\.levels\.0 .*: cấp độ 5 đã được nêu ở nhóm khác của cùng yêu cầu/);
    expect(load({ requirements: [assessment({ legal_basis: " " })] })).toThrow(/legal_basis .*: căn cứ pháp lý không được để trống/);
    expect(load({ requirements: [] })).toThrow(/requirements: cần ít nhất một yêu cầu/);
  });

  it("names the file when it cannot be read or is not JSON", () => {
    expect(() => loadRequirementRules("/khong/co/requirements.json")).toThrow(/^Không đọc được tệp yêu cầu \/khong\/co\/requirements\.json: /);
    expect(load("{ \"requirements\": [")).toThrow(/^Không đọc được tệp yêu cầu .*requirements\.json: /);
  });
});
