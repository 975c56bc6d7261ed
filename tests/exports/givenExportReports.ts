import type { GivenReport, GivenSystem } from "../helpers/givenWarehouse.ts";

/** Evidence that meets every requirement but the dossier and the plan, for a level-3 system in 2024-09. */
const ok: GivenSystem = { assessmentDate: "2024-06-01", monitored: "yes", nationalConnection: "yes", drillYear: 2024 };
const notApproved: GivenSystem = { ...ok, approval: "not_approved", implementation: "none" };

/** The strings a hostile submission could carry into an export (OWASP formula injection). */
export const HOSTILE = {
  hyperlink: '=HYPERLINK("http://evil.example/x","Bấm vào đây")',
  phone: "+84912345678",
  arithmetic: "-1+1",
  at: "@SUM(A1:A2)",
  tab: "\tx",
  carriageReturn: "\rx",
  multiLine: "a\n=1",
} as const;

/**
 * A small warehouse for the exports (2024-08 and 2024-09): ministries with a carried-forward report
 * (BTP), a BM-02 (BCT), a report of 0 systems (VHLKHXH) and a late one (BYT); provinces tied in rank
 * whose names sort differently by code point and in Vietnamese, an undated report (T15), and a Hà Nội
 * register whose system names are hostile strings. Every other agency of the registry sent nothing.
 */
export const GIVEN_EXPORT_REPORTS: GivenReport[] = [
  { agency: "BYT", period: "2024-08", systems: [
    { ...ok, name: "Bệnh án điện tử" },
    { ...ok, name: "Cổng dịch vụ công Bộ Y tế", implementation: "partial" },
    { ...ok, name: "Đường dây nóng 1900", implementation: "partial" },
    { ...notApproved, name: "Ứng dụng Sổ sức khỏe điện tử" },
  ] },
  { agency: "BYT", period: "2024-09", reportDate: "2024-09-25", systems: [
    { ...ok, name: "Bệnh án điện tử", systemCode: "YT-01" },
    { ...ok, name: "Cổng dịch vụ công Bộ Y tế", systemCode: "YT-02" },
    { ...ok, name: "Đường dây nóng 1900", systemCode: "YT-03", implementation: "partial", implementationRaw: "Một phần" },
    { ...ok, name: "Ánh xạ dữ liệu y tế", systemCode: "YT-04", implementation: "partial", implementationRaw: "Một phần" },
    { ...notApproved, name: "Ứng dụng Sổ sức khỏe điện tử", systemCode: "YT-05", approvalRaw: "Chưa", implementationRaw: "Chưa triển khai" },
  ] },
  { agency: "BTP", period: "2024-08", systems: [{ ...ok, name: "Cơ sở dữ liệu hộ tịch" }, { ...ok, name: "Cổng thông tin điện tử" }] },
  { agency: "BCT", period: "2024-08", counts: { total: 10, approved: 9, implemented: 8 } },
  { agency: "BCT", period: "2024-09", counts: { total: 10, approved: 5, implemented: 2 } },
  { agency: "VHLKHXH", period: "2024-09", systems: [] },
  { agency: "T27", period: "2024-08", systems: [{ ...ok, name: "Hệ thống một cửa điện tử" }, { ...ok, name: "Thư điện tử công vụ", implementation: "partial" }] },
  { agency: "T27", period: "2024-09", systems: [{ ...ok, name: "Hệ thống một cửa điện tử" }, { ...notApproved, name: "Thư điện tử công vụ" }] },
  { agency: "T66", period: "2024-09", systems: [
    { ...ok, name: "Cổng thông tin điện tử tỉnh" }, { ...ok, name: "Hệ thống quản lý văn bản" },
    { ...notApproved, name: "Hệ thống camera giao thông" }, { ...notApproved, name: "Trung tâm điều hành thông minh" },
  ] },
  { agency: "T15", period: "2024-09", reportDate: null, systems: [{ ...ok, name: "Cổng dịch vụ công tỉnh" }, { ...notApproved, name: "Phần mềm một cửa" }] },
  { agency: "T01", period: "2024-09", systems: [
    { ...ok, name: HOSTILE.hyperlink, monitored: "no" },
    { ...notApproved, name: HOSTILE.phone, approvalRaw: "=chưa" },
    { ...ok, name: HOSTILE.arithmetic, assessmentDate: null },
    { ...ok, name: HOSTILE.at, systemCode: "@cmd", nationalConnection: "no" },
    { ...ok, name: HOSTILE.tab, systemCode: "-HT05", drillYear: 2022 },
    { ...notApproved, name: HOSTILE.carriageReturn },
    { ...notApproved, name: HOSTILE.multiLine, approvalRaw: "Chưa\n@SUM(1)" },
  ] },
];
