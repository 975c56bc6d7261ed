import { describe, expect, it } from "vitest";
import { agenciesInPeriod, existsInPeriod, loadRegistry, nameAsOf } from "../../pipeline/registry/index.ts";

const registry = loadRegistry();
const agency = (code: string) => {
  const found = registry.byCode.get(code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

describe("existsInPeriod", () => {
  it("includes both bound months", () => {
    expect(existsInPeriod(agency("T62"), "2020-01")).toBe(true);
    expect(existsInPeriod(agency("T62"), "2025-06")).toBe(true);
    expect(existsInPeriod(agency("T62"), "2025-07")).toBe(false);
    expect(existsInPeriod(agency("N51"), "2025-06")).toBe(false);
    expect(existsInPeriod(agency("N51"), "2025-07")).toBe(true);
    expect(existsInPeriod(agency("BTTTT"), "2025-02")).toBe(true);
    expect(existsInPeriod(agency("BTTTT"), "2025-03")).toBe(false);
    expect(existsInPeriod(agency("BNNMT"), "2025-03")).toBe(true);
    expect(existsInPeriod(agency("T01"), "2030-12")).toBe(true);
  });

  it("refuses a period that is not a month YYYY-MM", () => {
    expect(() => existsInPeriod(agency("T01"), "08/2024")).toThrow(/Kỳ báo cáo "08\/2024" không hợp lệ/);
    expect(() => existsInPeriod(agency("T01"), "2024-13")).toThrow(/YYYY-MM/);
  });
});

describe("nameAsOf", () => {
  it("gives the name in force in the month", () => {
    expect(nameAsOf(agency("T46"), "2024-08")).toBe("Tỉnh Thừa Thiên Huế");
    expect(nameAsOf(agency("T46"), "2025-06")).toBe("Tỉnh Thừa Thiên Huế");
    expect(nameAsOf(agency("T46"), "2025-07")).toBe("Thành phố Huế");
    expect(nameAsOf(agency("BYT"), "2025-08")).toBe("Bộ Y tế");
  });

  it("gives the nearest name outside the agency's lifetime", () => {
    expect(nameAsOf(agency("T62"), "2025-08")).toBe("Tỉnh Kon Tum");
    expect(nameAsOf(agency("N51"), "2024-08")).toBe("Tỉnh Quảng Ngãi");
  });
});

describe("agenciesInPeriod", () => {
  const count = (period: string, group: string) => agenciesInPeriod(registry, period).filter((a) => a.group === group).length;

  it("has the 63 provinces and 30 ministries and agencies in 2024", () => {
    expect(agenciesInPeriod(registry, "2024-07")).toHaveLength(93);
    expect(count("2024-07", "dia_phuong")).toBe(63);
    expect(count("2024-07", "bo_nganh")).toBe(30);
  });

  it("has 22 ministries from 03/2025 and 34 provinces from 07/2025", () => {
    expect(count("2025-03", "bo_nganh")).toBe(22);
    expect(count("2025-03", "dia_phuong")).toBe(63);
    expect(count("2025-08", "dia_phuong")).toBe(34);
    expect(count("2025-08", "bo_nganh")).toBe(22);
    expect(agenciesInPeriod(registry, "2025-08")).toHaveLength(56);
  });

  it("keeps registry order", () => {
    const codes = agenciesInPeriod(registry, "2025-08").map((a) => a.code);
    expect(codes.slice(0, 3)).toEqual(["BQP", "BCA", "BNG"]);
    expect(codes).toContain("N51");
    expect(codes).not.toContain("T51");
  });
});
