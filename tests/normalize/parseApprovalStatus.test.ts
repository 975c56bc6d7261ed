import { describe, expect, it } from "vitest";
import { parseApprovalStatus } from "../../pipeline/normalize/parseApprovalStatus.ts";

describe("parseApprovalStatus", () => {
  it.each(["Đã phê duyệt", "đã phê duyệt", "ĐÃ PHÊ DUYỆT", "Đã  phê\nduyệt", "Đã PD", "đã pd", "Có", "có", "CÓ", "x", "X", " x ", "✓", "✔", "☑", "Đã phê duyệt".normalize("NFD")])(
    "reads %j as approved",
    (s) => {
      expect(parseApprovalStatus(s)).toBe("approved");
    },
  );

  it.each(["Chưa phê duyệt", "chưa phê duyệt", "Chưa", "CHƯA", "Không", "không", "Không".normalize("NFD")])("reads %j as not approved", (s) => {
    expect(parseApprovalStatus(s)).toBe("not_approved");
  });

  it.each(["Đang thẩm định", "đang thẩm định", "Đang trình", "ĐANG TRÌNH"])("reads %j as under review", (s) => {
    expect(parseApprovalStatus(s)).toBe("under_review");
  });

  it.each([null, undefined, "", "  ", "\n\u00A0"])("reads %j as blank", (v) => {
    expect(parseApprovalStatus(v)).toBe("blank");
  });

  it.each(["Chờ phê duyệt", "Co", "Da phe duyet", "Khong", "Đã phê duyệt.", "xx", "1", "-", "Đã triển khai"])("reads %j as unknown", (s) => {
    expect(parseApprovalStatus(s)).toBe("unknown");
  });

  it("maps booleans", () => {
    expect(parseApprovalStatus(true)).toBe("approved");
    expect(parseApprovalStatus(false)).toBe("not_approved");
  });

  it("reads numbers and dates as unknown", () => {
    expect(parseApprovalStatus(1)).toBe("unknown");
    expect(parseApprovalStatus(0)).toBe("unknown");
    expect(parseApprovalStatus(new Date(Date.UTC(2024, 6, 15)))).toBe("unknown");
  });
});
