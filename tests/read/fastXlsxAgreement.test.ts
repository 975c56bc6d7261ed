import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "../../pipeline/synth/generate.ts";
import { compareReaders, type ReaderComparison } from "./helpers/compareReaders.ts";

/**
 * The fast reader against exceljs on every workbook we have: the shared samples and two generated runs
 * (merged headers, hidden sheets, formulas, dates, broken files; legacy fonts are covered by
 * readXlsxFast.test.ts and the semantic fuzz cases). Wherever the fast reader
 * reads a file its sheets equal exceljs'; the combined reader always gives exceljs' result or rejection;
 * and the fast reader declines only rarely.
 */
const SAMPLES = fileURLToPath(new URL("../../../shared/samples/submissions", import.meta.url));

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.toLowerCase().endsWith(".xlsx")).sort().map((f) => join(dir, f));
}

async function compareAll(files: string[]): Promise<Map<string, ReaderComparison>> {
  const results = new Map<string, ReaderComparison>();
  for (const file of files) results.set(file, await compareReaders(readFileSync(file)));
  return results;
}

function expectAgreement(results: Map<string, ReaderComparison>): void {
  for (const [file, { reference, combined, fast }] of results) {
    expect(combined, `${file}: combined reader`).toEqual(reference);
    if (fast?.status === "read") {
      expect("sheets" in reference, `${file}: the fast reader read what exceljs rejects`).toBe(true);
      if ("sheets" in reference) expect(fast.sheets, file).toEqual(reference.sheets);
    }
  }
}

/** Files exceljs reads that the fast reader declined, with its reasons. */
function declinedReadable(results: Map<string, ReaderComparison>): string[] {
  return [...results].filter(([, r]) => "sheets" in r.reference && r.fast?.status === "declined").map(([file, r]) => `${file}: ${r.fast?.status === "declined" ? r.fast.reason : ""}`);
}

describe.skipIf(!existsSync(SAMPLES))("fast reader on the shared samples", () => {
  let results: Map<string, ReaderComparison>;
  beforeAll(async () => {
    results = await compareAll(xlsxFiles(SAMPLES));
  }, 120_000);

  it("agrees with exceljs on every sample, and the combined reader gives exceljs' result or rejection", () => {
    expect(results.size).toBeGreaterThan(0);
    expectAgreement(results);
  });

  it("takes the fast path for every sample exceljs can read", () => {
    const readable = [...results.values()].filter((r) => "sheets" in r.reference).length;
    expect(readable).toBeGreaterThan(0);
    expect(declinedReadable(results)).toEqual([]);
  });
});

describe("fast reader on generated submissions", () => {
  let dir: string;
  let results: Map<string, ReaderComparison>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "capdo-fast-reader-"));
    await generate({ out: join(dir, "a"), seed: 20240701, agencies: 24, months: 3, start: "2024-07" });
    await generate({ out: join(dir, "b"), seed: 7, agencies: 30, months: 4, start: "2025-05" });
    results = await compareAll([...xlsxFiles(join(dir, "a")), ...xlsxFiles(join(dir, "b"))]);
  }, 300_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("agrees with exceljs wherever it reads, and the combined reader gives exceljs' result or rejection", () => {
    expect(results.size).toBeGreaterThan(100);
    expectAgreement(results);
  });

  it("takes the fast path for at least 95 % of the generated workbooks exceljs can read", () => {
    const readable = [...results.values()].filter((r) => "sheets" in r.reference).length;
    const declined = declinedReadable(results);
    expect(readable).toBeGreaterThan(100);
    expect(declined.length / readable, declined.join("\n")).toBeLessThanOrEqual(0.05);
  });

  it("exercises what the forms need: merged cells, hidden sheets, dates, plain numbers", () => {
    const read = [...results.values()].flatMap((r) => (r.fast?.status === "read" ? [r.fast.sheets] : []));
    const cells = read.flatMap((s) => s.visible.flatMap((g) => g.rows.flatMap((row) => row.cells)));
    expect(read.some((s) => s.hiddenNames.length > 0)).toBe(true);
    expect(cells.some((c) => c.mergedFrom !== undefined)).toBe(true);
    expect(cells.some((c) => c.value instanceof Date)).toBe(true);
    expect(cells.some((c) => typeof c.value === "number" && c.numFmt === undefined)).toBe(true);
  });
});
