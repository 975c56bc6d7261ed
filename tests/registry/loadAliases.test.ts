import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAliases } from "../../pipeline/registry/index.ts";

const aliasesFile = new URL("../../sources/agency-aliases.json", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "capdo-aliases-"));
let counter = 0;
function write(content: unknown): string {
  const file = join(dir, `aliases-${++counter}.json`);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("loadAliases", () => {
  it("loads the shipped alias file", () => {
    const aliases = loadAliases(aliasesFile);
    expect(aliases.length).toBeGreaterThan(50);
    expect(aliases).toContainEqual({ alias: "Bộ TT&TT", code: "BTTTT", note: "Bộ Thông tin và Truyền thông (đến 02/2025)" });
    expect(aliases.filter((a) => a.alias === "TPHCM").map((a) => a.code)).toEqual(["T79", "N79"]);
  });

  it("accepts a bare array, trims values and upper-cases codes", () => {
    const file = write([{ alias: "  Xứ   Nghệ ", code: " t40 " }, { alias: "Đất Cảng", code: "T31", note: "Hải Phòng" }]);
    expect(loadAliases(file)).toEqual([
      { alias: "Xứ Nghệ", code: "T40" },
      { alias: "Đất Cảng", code: "T31", note: "Hải Phòng" },
    ]);
  });

  it("checks codes against the registry given", () => {
    const file = write({ aliases: [{ alias: "Xứ Nghệ", code: "T40" }] });
    expect(() => loadAliases(file, new Set(["T42"]))).toThrow(/mã cơ quan "T40" không có trong danh mục/);
  });

  it("rejects an alias whose code is not in the registry, naming the file and the entry", () => {
    const file = write({ aliases: [{ alias: "Bộ TT&TT", code: "BTTTT" }, { alias: "Bộ XYZ", code: "BXYZ" }] });
    expect(() => loadAliases(file)).toThrow(
      `Tệp bí danh cơ quan "${file}": mục thứ 2 (bí danh "Bộ XYZ"): mã cơ quan "BXYZ" không có trong danh mục bộ, ngành, địa phương.`,
    );
  });

  it("rejects invalid JSON, naming the file", () => {
    const file = write('{ "aliases": [ {"alias": "HN", "code": "T01"}, ] }');
    expect(() => loadAliases(file)).toThrow(new RegExp(`Tệp bí danh cơ quan ".*${counter}\\.json": không phải JSON hợp lệ`));
  });

  it("rejects a missing file, naming it", () => {
    expect(() => loadAliases(join(dir, "none.json"))).toThrow(/none\.json": không đọc được tệp/);
  });

  it("rejects a missing field", () => {
    const file = write({ aliases: [{ alias: "HN" }] });
    expect(() => loadAliases(file)).toThrow(/mục thứ 1 \(bí danh "HN"\): thiếu trường "code"/);
  });

  it("rejects a field of the wrong type", () => {
    const file = write({ aliases: [{ alias: "Hà Nội 1", code: 1 }] });
    expect(() => loadAliases(file)).toThrow(/trường "code" phải là chuỗi ký tự/);
  });

  it("rejects a misspelt field", () => {
    const file = write({ aliases: [{ alias: "HN", code: "T01", Note: "x" }] });
    expect(() => loadAliases(file)).toThrow(/có trường không hợp lệ "Note"/);
  });

  it("rejects blank values and aliases made only of prefixes", () => {
    expect(() => loadAliases(write([{ alias: " ", code: "T01" }]))).toThrow(/trường "alias" đang để trống/);
    expect(() => loadAliases(write([{ alias: "UBND Tỉnh", code: "T01" }]))).toThrow(/bí danh chỉ gồm tiền tố hành chính/);
  });

  it("rejects a file of the wrong shape", () => {
    expect(() => loadAliases(write({ bidanh: [] }))).toThrow(/cần một mảng các mục/);
    expect(() => loadAliases(write(["HN"]))).toThrow(/mục thứ 1: cần một đối tượng/);
  });
});
