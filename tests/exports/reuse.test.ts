import { beforeAll, describe, expect, it } from "vitest";
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { givenWarehouseFile } from "../helpers/givenWarehouseFile.ts";
import { writeExports, type ExportOptions } from "../../exports/writeExports.ts";
import { DEFAULT_EXPORT_SETTINGS_FILE } from "../../exports/config/loadExportSettings.ts";
import { GIVEN_EXPORT_REPORTS } from "./givenExportReports.ts";
import { readExportWorkbook } from "./readExportWorkbook.ts";

const MANIFEST = ".capdo-exports.json";
const OPTIONS: ExportOptions = { period: "2024-09", issueDate: "2026-11-22" };
const WORKBOOKS = [
  "xep-hang-2024-09.xlsx",
  "tuan-thu-2024-09-BYT.xlsx", "tuan-thu-2024-09-T01.xlsx", "tuan-thu-2024-09-T15.xlsx",
  "tuan-thu-2024-09-T27.xlsx", "tuan-thu-2024-09-T66.xlsx", "tuan-thu-2024-09-VHLKHXH.xlsx",
];
const CSV_FILES = ["xep-hang-2024-09-toan-quoc.csv", "xep-hang-2024-09-bo-nganh.csv", "xep-hang-2024-09-dia-phuong.csv", "tuan-thu-2024-09.csv"];

let dbPath: string;
/** The first export, reusing from a folder that does not exist yet (a first run). */
let first: string;

const freshDir = () => mkdtempSync(join(tmpdir(), "capdo-reuse-"));

/** The given warehouse with T27's second system of 2024-09, not approved there, approved and fully implemented. */
const CHANGED_REPORTS = GIVEN_EXPORT_REPORTS.map((report) => report.agency === "T27" && report.period === "2024-09"
  ? { ...report, systems: report.systems!.map((s) => ({ ...s, approval: "approved" as const, implementation: "full" as const })) }
  : report);

beforeAll(async () => {
  dbPath = await givenWarehouseFile(GIVEN_EXPORT_REPORTS);
  first = freshDir();
  const written = await writeExports(dbPath, first, { ...OPTIONS, reuseFrom: join(first, "missing") });
  expect(written.reused).toEqual([]);
  expect([...written.built].sort()).toEqual([...WORKBOOKS, ...CSV_FILES].sort());
});

describe("writeExports with reuseFrom (the previously published exports folder)", () => {
  it("records what each file was made from in a hidden manifest", () => {
    const manifest = JSON.parse(readFileSync(join(first, MANIFEST), "utf8")) as { files: Record<string, { key: string; sha256: string }> };
    expect(Object.keys(manifest.files).sort()).toEqual([...WORKBOOKS, ...CSV_FILES].sort());
    expect(manifest.files["tuan-thu-2024-09-BYT.xlsx"]).toEqual({ key: expect.stringMatching(/^[0-9a-f]{64}$/), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("builds nothing again from an unchanged warehouse, and writes the same bytes", async () => {
    const second = freshDir();
    const written = await writeExports(dbPath, second, { ...OPTIONS, reuseFrom: first });
    expect(written.built).toEqual([]);
    expect(written.reused).toEqual(written.files);
    expect(readdirSync(second).sort()).toEqual(readdirSync(first).sort());
    for (const name of readdirSync(first)) expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    // A reused file keeps the time it was made.
    for (const name of written.reused) expect(statSync(join(second, name)).mtimeMs, name).toBeCloseTo(statSync(join(first, name)).mtimeMs, -1);
  });

  it("rebuilds exactly the files whose data changed when one agency's figures change", async () => {
    const changed = await givenWarehouseFile(CHANGED_REPORTS);
    const second = freshDir();
    const written = await writeExports(changed, second, { ...OPTIONS, reuseFrom: first });
    expect([...written.built].sort()).toEqual([
      "tuan-thu-2024-09-T27.xlsx", "tuan-thu-2024-09.csv",
      "xep-hang-2024-09-dia-phuong.csv", "xep-hang-2024-09-toan-quoc.csv", "xep-hang-2024-09.xlsx",
    ]);
    expect([...written.reused].sort()).toEqual([
      "tuan-thu-2024-09-BYT.xlsx", "tuan-thu-2024-09-T01.xlsx", "tuan-thu-2024-09-T15.xlsx", "tuan-thu-2024-09-T66.xlsx",
      "tuan-thu-2024-09-VHLKHXH.xlsx", "xep-hang-2024-09-bo-nganh.csv",
    ]);
    // What was rebuilt shows the new figures: T27 no longer has a requirement to fix.
    const t27 = (await readExportWorkbook(join(second, "tuan-thu-2024-09-T27.xlsx"))).getWorksheet("Yêu cầu chưa đáp ứng")!;
    expect(t27.getCell("A11").value).toBe("Không có yêu cầu nào chưa đáp ứng");
    // A third export from the changed folder, on the changed warehouse, reuses everything.
    const third = freshDir();
    expect((await writeExports(changed, third, { ...OPTIONS, reuseFrom: second })).built).toEqual([]);
  });

  it("rebuilds a previous file that was edited by hand instead of copying the edit", async () => {
    const edited = freshDir();
    await writeExports(dbPath, edited, { ...OPTIONS, reuseFrom: first });
    const byHand = join(edited, "tuan-thu-2024-09-BYT.xlsx");
    const csv = join(edited, "tuan-thu-2024-09.csv");
    writeFileSync(byHand, "edited by hand");
    appendFileSync(csv, "a line added by hand\r\n");
    const second = freshDir();
    const written = await writeExports(dbPath, second, { ...OPTIONS, reuseFrom: edited });
    expect([...written.built].sort()).toEqual(["tuan-thu-2024-09-BYT.xlsx", "tuan-thu-2024-09.csv"]);
    expect(readFileSync(join(second, "tuan-thu-2024-09.csv")).equals(readFileSync(join(first, "tuan-thu-2024-09.csv")))).toBe(true);
    expect((await readExportWorkbook(join(second, "tuan-thu-2024-09-BYT.xlsx"))).getWorksheet("Yêu cầu chưa đáp ứng")!.getCell("A7").value).toBe("BỘ Y TẾ");
    expect(readFileSync(byHand, "utf8")).toBe("edited by hand");
    // The edits stayed in the folder they were made in.
    expect(readFileSync(join(first, "tuan-thu-2024-09-BYT.xlsx"), "utf8")).not.toBe("edited by hand");
  });

  it("rebuilds every workbook for another issue date; the CSV files, which carry no heading, are the same and reused", async () => {
    const second = freshDir();
    const written = await writeExports(dbPath, second, { ...OPTIONS, issueDate: "2026-11-23", reuseFrom: first });
    expect([...written.built].sort()).toEqual([...WORKBOOKS].sort());
    expect([...written.reused].sort()).toEqual([...CSV_FILES].sort());
    const ranking = (await readExportWorkbook(join(second, "xep-hang-2024-09.xlsx"))).worksheets[0]!;
    expect(ranking.getRow(4).values).toContain("Hà Nội, ngày 23 tháng 11 năm 2026");
  });

  it("rebuilds everything after any change to the export settings file, even one that changes no file's data", async () => {
    const settings = join(freshDir(), "export-settings.json");
    const edited = { ...JSON.parse(readFileSync(DEFAULT_EXPORT_SETTINGS_FILE, "utf8")), description: "Chỉ sửa phần mô tả" };
    writeFileSync(settings, JSON.stringify(edited, null, 2));
    const second = freshDir();
    const written = await writeExports(dbPath, second, { ...OPTIONS, settingsFile: settings, reuseFrom: first });
    expect(written.reused).toEqual([]);
  });

  it("writes no manifest when not asked to reuse", async () => {
    const plain = freshDir();
    const written = await writeExports(dbPath, plain, OPTIONS);
    expect(written.reused).toEqual([]);
    expect(existsSync(join(plain, MANIFEST))).toBe(false);
  });
});
