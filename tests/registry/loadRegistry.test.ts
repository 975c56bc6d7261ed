import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "../../pipeline/registry/index.ts";

const referenceDir = new URL("../../sources/reference/", import.meta.url).pathname;
const registry = loadRegistry();
const agency = (code: string) => {
  const found = registry.byCode.get(code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "capdo-registry-"));
}

describe("loadRegistry", () => {
  it("merges the 2024 and 2025 lists into one agency per distinct code", () => {
    const files = ["provinces_2024.tsv", "provinces_2025.tsv", "ministries_2024.tsv", "ministries_2025.tsv"];
    const codesOf = (file: string) =>
      readFileSync(join(referenceDir, file), "utf8")
        .split("\n")
        .slice(1)
        .filter((line) => line.trim() !== "")
        .map((line) => line.split("\t")[0]);
    const distinct = new Set(files.flatMap(codesOf));
    expect(codesOf("provinces_2024.tsv")).toHaveLength(63);
    expect(codesOf("provinces_2025.tsv")).toHaveLength(34);
    expect(codesOf("ministries_2024.tsv")).toHaveLength(30);
    expect(codesOf("ministries_2025.tsv")).toHaveLength(22);
    expect(registry.agencies).toHaveLength(distinct.size);
    expect(registry.agencies).toHaveLength(118);
    expect(registry.agencies.filter((a) => a.group === "dia_phuong")).toHaveLength(86);
    expect(registry.agencies.filter((a) => a.group === "bo_nganh")).toHaveLength(32);
    expect(registry.byCode.size).toBe(118);
  });

  it("keeps a code present in both lists as one agency with both validity bounds", () => {
    expect(agency("T01")).toMatchObject({ group: "dia_phuong", kind: "tinh", validFrom: null, validTo: null, successor: null, predecessors: [] });
    expect(agency("T01").names).toEqual([{ name: "Thành phố Hà Nội", from: null, to: null }]);
    expect(agency("T01").officialCodes).toEqual([{ code: "01", from: null, to: null }]);
    expect(agency("BTC")).toMatchObject({ group: "bo_nganh", kind: "bo", validFrom: null, validTo: null });
    expect(agency("BTC").predecessors).toEqual(["BTC", "BKHDT", "BHXH", "UBQLV"]);
    expect(agency("BTC").officialCodes).toEqual([]);
  });

  it("switches to the 2025 name from the reorganisation month when it differs", () => {
    expect(agency("T46").names).toEqual([
      { name: "Tỉnh Thừa Thiên Huế", from: null, to: "2025-06" },
      { name: "Thành phố Huế", from: "2025-07", to: null },
    ]);
  });

  it("ends merged agencies at their valid_to month, with their successor", () => {
    expect(agency("T62")).toMatchObject({ validFrom: null, validTo: "2025-06", successor: "N51" });
    expect(agency("T62").names).toEqual([{ name: "Tỉnh Kon Tum", from: null, to: "2025-06" }]);
    expect(agency("T15").officialCodes).toEqual([{ code: "15", from: null, to: "2025-06" }]);
    expect(agency("BTTTT")).toMatchObject({ validTo: "2025-02", successor: "BKHCN", kind: "bo" });
    expect(agency("BHXH")).toMatchObject({ validTo: "2025-02", successor: "BTC", kind: "co_quan_thuoc_cp" });
  });

  it("starts new agencies at their valid_from month, with their predecessors", () => {
    expect(agency("N51")).toMatchObject({ validFrom: "2025-07", validTo: null, successor: null, predecessors: ["T51", "T62"] });
    expect(agency("N51").names).toEqual([{ name: "Tỉnh Quảng Ngãi", from: "2025-07", to: null }]);
    expect(agency("N15").officialCodes).toEqual([{ code: "15", from: "2025-07", to: null }]);
    expect(agency("BNNMT")).toMatchObject({ group: "bo_nganh", validFrom: "2025-03", predecessors: ["BNNPTNT", "BTNMT"] });
    expect(agency("BDTTG")).toMatchObject({ validFrom: "2025-03", predecessors: ["UBDT"] });
  });

  it("lists ministries first, then provinces, in reference-file order", () => {
    const codes = registry.agencies.map((a) => a.code);
    expect(codes.slice(0, 2)).toEqual(["BQP", "BCA"]);
    expect(codes.indexOf("BDTTG")).toBe(31);
    expect(codes[32]).toBe("T01");
    expect(codes.at(-1)).toBe("N96");
  });

  it("reads another reference folder and alias file when told", () => {
    const dir = tempDir();
    for (const file of ["provinces_2024.tsv", "provinces_2025.tsv", "ministries_2024.tsv", "ministries_2025.tsv"]) {
      copyFileSync(join(referenceDir, file), join(dir, file));
    }
    const aliases = join(dir, "aliases.json");
    writeFileSync(aliases, JSON.stringify({ aliases: [{ alias: "Xứ Nghệ", code: "T40" }] }));
    const custom = loadRegistry({ referenceDir: dir, aliasesFile: aliases });
    expect(custom.aliases).toEqual([{ alias: "Xứ Nghệ", code: "T40" }]);
    expect(custom.agencies).toHaveLength(118);
  });

  it("rejects a reference list without a required column, naming the file and column", () => {
    const dir = tempDir();
    for (const file of ["provinces_2025.tsv", "ministries_2024.tsv", "ministries_2025.tsv"]) {
      copyFileSync(join(referenceDir, file), join(dir, file));
    }
    const provinces = readFileSync(join(referenceDir, "provinces_2024.tsv"), "utf8").replace("successor", "ke_thua");
    writeFileSync(join(dir, "provinces_2024.tsv"), provinces);
    expect(() => loadRegistry({ referenceDir: dir })).toThrow(/provinces_2024\.tsv" thiếu cột "successor"/);
  });

  it("rejects an alias that makes a spelling mean two agencies in the same months", () => {
    const dir = tempDir();
    const aliases = join(dir, "aliases.json");
    writeFileSync(aliases, JSON.stringify({ aliases: [{ alias: "Nghệ An", code: "T42" }] }));
    expect(() => loadRegistry({ aliasesFile: aliases })).toThrow(
      /aliases\.json": tên "Tỉnh Nghệ An" \(mã T40\) và bí danh "Nghệ An" \(mã T42\) trùng nhau/,
    );
  });

  it("accepts the same alias for a merged province and its successor, as their months do not overlap", () => {
    const hcm = registry.aliases.filter((a) => a.alias === "TP.HCM").map((a) => a.code);
    expect(hcm).toEqual(["T79", "N79"]);
  });
});
