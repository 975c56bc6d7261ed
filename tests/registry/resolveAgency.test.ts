import { describe, expect, it } from "vitest";
import { loadRegistry, resolveAgency } from "../../pipeline/registry/index.ts";
import type { AgencyResolution } from "../../pipeline/registry/index.ts";

const registry = loadRegistry();

function codeOf(result: AgencyResolution): string {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}: ${result.message}`);
  return result.agency.code;
}
const byName = (name: string, period: string) => resolveAgency(registry, { name }, period);
const byCode = (code: string, period: string) => resolveAgency(registry, { code }, period);
const failure = (result: AgencyResolution) => {
  if (result.ok) throw new Error(`expected a failure, got ${result.agency.code}`);
  return result;
};

describe("resolveAgency by name", () => {
  it("reads a name as of the period: Tỉnh Quảng Ngãi is T51 until 06/2025, N51 after", () => {
    expect(codeOf(byName("Tỉnh Quảng Ngãi", "2024-08"))).toBe("T51");
    expect(codeOf(byName("Tỉnh Quảng Ngãi", "2025-06"))).toBe("T51");
    expect(codeOf(byName("Tỉnh Quảng Ngãi", "2025-07"))).toBe("N51");
    expect(codeOf(byName("Tỉnh Lào Cai", "2024-08"))).toBe("T10");
    expect(codeOf(byName("Tỉnh Lào Cai", "2025-08"))).toBe("N15");
  });

  it("matches the common spellings of a province", () => {
    for (const name of ["UBND tỉnh Kon Tum", "Ủy ban nhân dân Tỉnh Kon Tum", "Uỷ ban nhân dân tỉnh Kon Tum", "KonTum", "Kon Tum", "Tỉnh Kon Tum", "  tỉnh   KON TUM "]) {
      expect(codeOf(byName(name, "2024-08")), name).toBe("T62");
    }
    expect(codeOf(byName("Hồ Chí Minh", "2024-08"))).toBe("T79");
    expect(codeOf(byName("UBND TP. Hà Nội", "2024-08"))).toBe("T01");
    expect(codeOf(byName("Tỉnh Bà Rịa Vũng Tàu", "2024-08"))).toBe("T77");
    expect(codeOf(byName("BR-VT", "2024-08"))).toBe("T77");
    expect(codeOf(byName("Đắk Lắk", "2024-08"))).toBe("T66");
    expect(codeOf(byName("Dak Lak", "2025-08"))).toBe("N66");
  });

  it("matches Ho Chi Minh City in its short forms before and after the merger", () => {
    for (const name of ["TP. Hồ Chí Minh", "Thành phố HCM", "TP.HCM", "TP HCM", "TPHCM", "HCM", "Thành phố Hồ Chí Minh"]) {
      expect(codeOf(byName(name, "2024-08")), name).toBe("T79");
      expect(codeOf(byName(name, "2025-07")), name).toBe("N79");
    }
  });

  it("is indifferent to tone placement and Unicode form", () => {
    expect(codeOf(byName("Thanh Hoá", "2024-08"))).toBe("T38");
    expect(codeOf(byName("Tỉnh Thanh Hóa".normalize("NFD"), "2024-08"))).toBe("T38");
    expect(codeOf(byName("Khánh Hoà", "2024-08"))).toBe("T56");
  });

  it("accepts the provincial department that reports for the province", () => {
    expect(codeOf(byName("Sở Thông tin và Truyền thông tỉnh Nghệ An", "2024-07"))).toBe("T40");
    expect(codeOf(byName("Sở TT&TT Khánh Hòa", "2024-09"))).toBe("T56");
    expect(codeOf(byName("Sở TT&TT tỉnh Kon Tum", "2024-09"))).toBe("T62");
    expect(codeOf(byName("Sở TTTT Nghệ An", "2024-09"))).toBe("T40");
    expect(codeOf(byName("Sở Thông tin & Truyền thông - UBND tỉnh Nghệ An", "2024-09"))).toBe("T40");
  });

  it("accepts the Department of Science and Technology for a province only after the 2025 merger of departments", () => {
    expect(codeOf(byName("Sở Khoa học và Công nghệ tỉnh Nghệ An", "2025-08"))).toBe("T40");
    expect(codeOf(byName("Sở KH&CN Quảng Ngãi", "2025-08"))).toBe("N51");
    expect(failure(byName("Sở KH&CN tỉnh Nghệ An", "2024-08")).reason).toBe("unknown");
  });

  it("does not strip other departments", () => {
    const abc = failure(byName("Sở Du lịch tỉnh ABC", "2024-08"));
    expect(abc.reason).toBe("unknown");
    expect(abc.message).toContain('không tìm thấy cơ quan "Sở Du lịch tỉnh ABC" trong danh mục bộ, ngành, địa phương');
    expect(failure(byName("Sở Du lịch tỉnh Khánh Hòa", "2024-08")).reason).toBe("unknown");
  });

  it("does not take a consolidating office for an agency", () => {
    const office = failure(byName("Cục An toàn thông tin", "2024-07"));
    expect(office.reason).toBe("unknown");
    expect(office.message).toContain('"Cục An toàn thông tin"');
  });

  it("knows Huế by its old and new names", () => {
    for (const period of ["2024-08", "2025-03", "2025-08"]) {
      expect(codeOf(byName("Thành phố Huế", period))).toBe("T46");
      expect(codeOf(byName("Tỉnh Thừa Thiên Huế", period))).toBe("T46");
      expect(codeOf(byName("Thừa Thiên - Huế", period))).toBe("T46");
      expect(codeOf(byName("TT-Huế", period))).toBe("T46");
    }
  });

  it("rejects a province after its merger, naming what it merged into", () => {
    const kontum = failure(byName("Tỉnh Kon Tum", "2025-08"));
    expect(kontum.reason).toBe("not-in-period");
    expect(kontum.message).toBe('"Tỉnh Kon Tum" không còn tồn tại trong kỳ 2025-08 (đã sáp nhập vào Tỉnh Quảng Ngãi từ 07/2025)');
    expect(failure(byName("KonTum", "2025-08")).message).toContain('"KonTum" (Tỉnh Kon Tum) không còn tồn tại');
  });

  it("rejects a new agency before it was formed", () => {
    const result = failure(byName("Bộ Nông nghiệp và Môi trường", "2024-08"));
    expect(result.reason).toBe("not-in-period");
    expect(result.message).toContain("chưa tồn tại trong kỳ 2024-08 (thành lập từ 03/2025");
  });

  it("matches ministries by official name and by abbreviation", () => {
    for (const name of ["Bộ TT&TT", "Bộ Thông tin & Truyền thông", "Bộ Thông tin và Truyền thông", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "Bộ TTTT"]) {
      expect(codeOf(byName(name, "2024-08")), name).toBe("BTTTT");
      const later = failure(byName(name, "2025-04"));
      expect(later.reason, name).toBe("not-in-period");
      expect(later.message).toContain("đã sáp nhập vào Bộ Khoa học và Công nghệ từ 03/2025");
    }
    const expected: Record<string, string> = {
      "Bộ KH&ĐT": "BKHDT",
      "Bộ GD&ĐT": "BGDDT",
      "Bộ GDĐT": "BGDDT",
      "Bộ LĐ-TB&XH": "BLDTBXH",
      "Bộ Lao động, Thương binh và Xã hội": "BLDTBXH",
      "Bộ VH,TT&DL": "BVHTTDL",
      "Bộ Văn hoá, Thể thao và Du lịch": "BVHTTDL",
      "NHNN": "NHNN",
      "Ngân hàng Nhà nước": "NHNN",
      "BHXH Việt Nam": "BHXH",
      "Đài THVN": "VTV",
      "Viện Hàn lâm KHXH VN": "VHLKHXH",
      "Bộ YT": "BYT",
      "Bộ Y tế": "BYT",
    };
    for (const [name, code] of Object.entries(expected)) expect(codeOf(byName(name, "2024-08")), name).toBe(code);
    expect(codeOf(byName("Bộ NN&MT", "2025-08"))).toBe("BNNMT");
  });

  it("rejects Bảo hiểm xã hội Việt Nam after it joined the Ministry of Finance", () => {
    expect(codeOf(byName("Bảo hiểm xã hội Việt Nam", "2024-07"))).toBe("BHXH");
    const later = failure(byName("Bảo hiểm xã hội Việt Nam", "2025-03"));
    expect(later.reason).toBe("not-in-period");
    expect(later.message).toContain("đã sáp nhập vào Bộ Tài chính từ 03/2025");
  });

  it("does not read a ministry behind a provincial prefix", () => {
    expect(failure(byName("UBND Bộ Y tế", "2024-08")).reason).toBe("unknown");
    expect(failure(byName("UBND tỉnh", "2024-08")).reason).toBe("unknown");
  });
});

describe("resolveAgency by code", () => {
  it("accepts registry codes in any case", () => {
    expect(codeOf(byCode("t51", "2024-08"))).toBe("T51");
    expect(codeOf(byCode(" BTTTT ", "2024-08"))).toBe("BTTTT");
    expect(codeOf(byCode("n51", "2025-08"))).toBe("N51");
  });

  it("reads official province codes as of the period", () => {
    expect(codeOf(byCode("15", "2024-07"))).toBe("T15");
    expect(codeOf(byCode("15", "2025-06"))).toBe("T15");
    expect(codeOf(byCode("15", "2025-08"))).toBe("N15");
    expect(codeOf(byCode("51", "2024-08"))).toBe("T51");
    expect(codeOf(byCode("051", "2025-08"))).toBe("N51");
    expect(codeOf(byCode("1", "2024-08"))).toBe("T01");
    expect(codeOf(byCode("46", "2025-08"))).toBe("T46");
  });

  it("rejects an unknown code, quoting it", () => {
    const unknown = failure(byCode("5", "2024-08"));
    expect(unknown.reason).toBe("unknown");
    expect(unknown.message).toContain('mã cơ quan "5"');
    expect(failure(byCode("XYZ", "2024-08")).reason).toBe("unknown");
    expect(failure(byCode("T5", "2024-08")).reason).toBe("unknown");
  });

  it("rejects a code of an agency that does not exist in the period", () => {
    const old = failure(byCode("T62", "2025-08"));
    expect(old.reason).toBe("not-in-period");
    expect(old.message).toBe(
      'mã cơ quan "T62" (Tỉnh Kon Tum) không còn tồn tại trong kỳ 2025-08 (đã sáp nhập vào Tỉnh Quảng Ngãi (N51) từ 07/2025)',
    );
    expect(failure(byCode("62", "2025-08")).reason).toBe("not-in-period");
    const early = failure(byCode("N51", "2024-08"));
    expect(early.reason).toBe("not-in-period");
    expect(early.message).toContain("thành lập từ 07/2025 trên cơ sở Tỉnh Quảng Ngãi (T51), Tỉnh Kon Tum (T62)");
  });
});

describe("resolveAgency with code and name", () => {
  it("accepts a code and a name that agree", () => {
    expect(codeOf(resolveAgency(registry, { code: "BYT", name: "Bộ Y tế" }, "2024-08"))).toBe("BYT");
    expect(codeOf(resolveAgency(registry, { code: "27", name: "UBND tỉnh Bắc Ninh" }, "2024-08"))).toBe("T27");
    expect(codeOf(resolveAgency(registry, { code: "24", name: "Tỉnh Bắc Ninh" }, "2025-08"))).toBe("N24");
  });

  it("rejects a code and a name that name different agencies, naming both", () => {
    const result = failure(resolveAgency(registry, { code: "T62", name: "Tỉnh Nghệ An" }, "2024-08"));
    expect(result.reason).toBe("code-name-mismatch");
    expect(result.message).toContain('mã "T62" là Tỉnh Kon Tum (T62)');
    expect(result.message).toContain('tên "Tỉnh Nghệ An" là Tỉnh Nghệ An (T40)');
    // Official code 24 was Bắc Giang before the merger.
    expect(failure(resolveAgency(registry, { code: "24", name: "Tỉnh Bắc Ninh" }, "2024-08")).reason).toBe("code-name-mismatch");
  });

  it("rejects a known code with an unknown name, and the reverse", () => {
    const unknownName = failure(resolveAgency(registry, { code: "T62", name: "Sở Du lịch tỉnh ABC" }, "2024-08"));
    expect(unknownName.reason).toBe("code-name-mismatch");
    expect(unknownName.message).toContain('tên "Sở Du lịch tỉnh ABC" không có trong danh mục');
    expect(failure(resolveAgency(registry, { code: "XYZ", name: "Tỉnh Nghệ An" }, "2024-08")).reason).toBe("code-name-mismatch");
  });

  it("reports both unknown as unknown", () => {
    const result = failure(resolveAgency(registry, { code: "XYZ", name: "Sở Du lịch tỉnh ABC" }, "2024-08"));
    expect(result.reason).toBe("unknown");
    expect(result.message).toContain('"Sở Du lịch tỉnh ABC" (mã "XYZ")');
  });

  it("reports an agency gone from the period even when the other reference names its successor", () => {
    const result = failure(resolveAgency(registry, { code: "T51", name: "Tỉnh Quảng Ngãi" }, "2025-08"));
    expect(result.reason).toBe("not-in-period");
    expect(result.message).toContain('mã cơ quan "T51"');
    const yenBai = failure(resolveAgency(registry, { code: "15", name: "Tỉnh Yên Bái" }, "2025-08"));
    expect(yenBai.reason).toBe("not-in-period");
    expect(yenBai.message).toContain("đã sáp nhập vào Tỉnh Lào Cai từ 07/2025");
  });

  it("ignores a blank code or name", () => {
    expect(codeOf(resolveAgency(registry, { code: "  ", name: "Kon Tum" }, "2024-08"))).toBe("T62");
    expect(codeOf(resolveAgency(registry, { code: "T62", name: null }, "2024-08"))).toBe("T62");
  });

  it("reports neither as missing", () => {
    for (const ref of [{}, { code: null, name: null }, { code: " ", name: "" }]) {
      const result = failure(resolveAgency(registry, ref, "2024-08"));
      expect(result.reason).toBe("missing");
      expect(result.message).toContain("kỳ 2024-08");
    }
  });
});

describe("resolveAgency with an ambiguous name", () => {
  // loadRegistry refuses such aliases; the index is edited by hand to exercise the safeguard.
  const nameIndex = new Map(registry.nameIndex);
  nameIndex.set("vungtau", [
    { code: "T77", spelling: "Vũng Tàu", alias: true, from: null, to: "2025-06" },
    { code: "T79", spelling: "Vũng Tàu", alias: true, from: null, to: "2025-06" },
  ]);
  const edited = { ...registry, nameIndex };

  it("is unknown, listing the candidates", () => {
    const result = failure(resolveAgency(edited, { name: "Vũng Tàu" }, "2024-08"));
    expect(result.reason).toBe("unknown");
    expect(result.message).toContain("khớp với nhiều cơ quan trong kỳ 2024-08: Tỉnh Bà Rịa - Vũng Tàu (T77), Thành phố Hồ Chí Minh (T79)");
  });

  it("is settled by a code naming one of the candidates", () => {
    expect(codeOf(resolveAgency(edited, { code: "77", name: "Vũng Tàu" }, "2024-08"))).toBe("T77");
    expect(failure(resolveAgency(edited, { code: "T01", name: "Vũng Tàu" }, "2024-08")).reason).toBe("code-name-mismatch");
  });
});
