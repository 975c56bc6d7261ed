import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { workbookFromXml } from "./helpers/workbookFromXml.ts";

/** A worker that never falls back to exceljs never loads it: readXlsx imports it only when the fast reader declines. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "capdo-lazy-exceljs-"));

function exceljsLoadedAfterReading(data: Buffer): boolean {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, data);
  const script = join(dir, "read.mjs");
  writeFileSync(script, [
    'import { readFileSync } from "node:fs";',
    'import { createRequire } from "node:module";',
    `const { readXlsx } = await import(${JSON.stringify(join(ROOT, "pipeline/read/readXlsx.ts"))});`,
    `await readXlsx(readFileSync(${JSON.stringify(file)}));`,
    'const loaded = Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes("/node_modules/exceljs/"));',
    "process.stdout.write(String(loaded));",
  ].join("\n"));
  const child = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: ROOT, encoding: "utf8" });
  if (child.status !== 0) throw new Error(child.stderr);
  return child.stdout.trim() === "true";
}

describe("readXlsx loads exceljs lazily", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("does not load exceljs for a workbook the fast reader reads", () => {
    expect(exceljsLoadedAfterReading(workbookFromXml({ sheets: [{ name: "S", rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }))).toBe(false);
  });

  it("loads it when the fast reader declines", () => {
    const sheets = [{ name: "S", rows: '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[abc]]></t></is></c></row>' }];
    expect(exceljsLoadedAfterReading(workbookFromXml({ sheets }))).toBe(true);
  });
});
