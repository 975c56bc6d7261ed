import { describe, expect, it } from "vitest";
import { parseImplementationStatus } from "../../pipeline/normalize/parseImplementationStatus.ts";

describe("parseImplementationStatus", () => {
  it.each(["Đầy đủ", "đầy đủ", "ĐẦY ĐỦ", " Đầy  đủ ", "Đã triển khai đầy đủ", "Đã triển khai\nđầy đủ", "Đầy đủ".normalize("NFD")])("reads %j as full", (s) => {
    expect(parseImplementationStatus(s)).toBe("full");
  });

  it.each(["Một phần", "một phần", "Chưa đầy đủ", "CHƯA ĐẦY ĐỦ"])("reads %j as partial", (s) => {
    expect(parseImplementationStatus(s)).toBe("partial");
  });

  it.each(["Chưa triển khai", "chưa triển khai", "Chưa", "chưa"])("reads %j as none", (s) => {
    expect(parseImplementationStatus(s)).toBe("none");
  });

  it.each([null, undefined, "", " ", "\u200B"])("reads %j as blank", (v) => {
    expect(parseImplementationStatus(v)).toBe("blank");
  });

  it.each(["Day du", "Đã triển khai", "Đang triển khai", "x", "Có", "Không", "100%"])("reads %j as unknown", (s) => {
    expect(parseImplementationStatus(s)).toBe("unknown");
  });

  it("maps booleans to full / none", () => {
    expect(parseImplementationStatus(true)).toBe("full");
    expect(parseImplementationStatus(false)).toBe("none");
  });

  it("reads numbers as unknown", () => {
    expect(parseImplementationStatus(1)).toBe("unknown");
  });
});
