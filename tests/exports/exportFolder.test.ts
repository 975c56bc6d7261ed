import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { givenWarehouseFile } from "../helpers/givenWarehouseFile.ts";
import { writeExportFolder } from "../../exports/writeExportFolder.ts";
import { GIVEN_EXPORT_REPORTS } from "./givenExportReports.ts";

describe("writeExportFolder", () => {
  it("writes the latest month's exports into OUT/exports, built aside and swapped in whole", async () => {
    const dbPath = await givenWarehouseFile(GIVEN_EXPORT_REPORTS);
    const outDir = mkdtempSync(join(tmpdir(), "capdo-run-exports-"));
    mkdirSync(join(outDir, "exports"));
    writeFileSync(join(outDir, "exports", "xep-hang-2024-01.xlsx"), "from an earlier run");
    const files = await writeExportFolder(dbPath, outDir);
    expect(files).toContain(join(outDir, "exports", "xep-hang-2024-09.xlsx"));
    expect(files).toContain(join(outDir, "exports", "tuan-thu-2024-09-T01.xlsx"));
    expect(files).toHaveLength(11);
    expect(readdirSync(join(outDir, "exports")).sort()).toEqual(files.map((f) => f.split("/").at(-1)).sort());
    expect(readdirSync(outDir).sort()).toEqual(["exports"]);
  });

  it("keeps the previous exports when an export fails", async () => {
    const dbPath = await givenWarehouseFile(GIVEN_EXPORT_REPORTS);
    const outDir = mkdtempSync(join(tmpdir(), "capdo-run-exports-"));
    await writeExportFolder(dbPath, outDir);
    await expect(writeExportFolder(dbPath, outDir, { period: "2023-01" })).rejects.toThrow("Kỳ 2023-01 không có số liệu trong kho dữ liệu (có số liệu từ 2024-08 đến 2024-09)");
    expect(existsSync(join(outDir, "exports", "xep-hang-2024-09.xlsx"))).toBe(true);
    expect(existsSync(join(outDir, "exports.building"))).toBe(false);
  });

  it("leaves an empty exports folder for a warehouse without figures", async () => {
    const dbPath = await givenWarehouseFile([]);
    const outDir = mkdtempSync(join(tmpdir(), "capdo-run-exports-"));
    expect(await writeExportFolder(dbPath, outDir)).toEqual([]);
    expect(readdirSync(join(outDir, "exports"))).toEqual([]);
  });

  it("exports an earlier month on request, ranking against the month before it", async () => {
    const dbPath = await givenWarehouseFile(GIVEN_EXPORT_REPORTS);
    const outDir = mkdtempSync(join(tmpdir(), "capdo-run-exports-"));
    const files = await writeExportFolder(dbPath, outDir, { period: "2024-08", issueDate: "2024-09-05" });
    expect(files.map((f) => f.split("/").at(-1))).toEqual([
      "tuan-thu-2024-08-BTP.xlsx", "tuan-thu-2024-08-BYT.xlsx", "tuan-thu-2024-08-T27.xlsx", "tuan-thu-2024-08.csv",
      "xep-hang-2024-08-bo-nganh.csv", "xep-hang-2024-08-dia-phuong.csv", "xep-hang-2024-08-toan-quoc.csv", "xep-hang-2024-08.xlsx",
    ]);
  });
});
