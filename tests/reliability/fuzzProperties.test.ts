import { beforeAll, describe, expect } from "vitest";
import { test } from "@fast-check/vitest";
import { loadRegistry } from "../../pipeline/registry/index.ts";
import { loadFuzzCorpus } from "../../bench/fuzz/loadFuzzCorpus.ts";
import { runFuzzCase } from "../../bench/fuzz/runFuzzCase.ts";
import type { FuzzSpec } from "../../bench/fuzz/FuzzSpec.ts";
import { bytesSpec } from "../../bench/fuzz/bytesSpec.ts";
import { workbookSpec } from "../../bench/fuzz/workbookSpec.ts";
import { csvSpec } from "../../bench/fuzz/csvSpec.ts";
import { formatSpec } from "../../bench/fuzz/formatSpec.ts";
import { bombSpec } from "../../bench/fuzz/bombSpec.ts";
import { cellSpec } from "../../bench/fuzz/cellSpec.ts";

/**
 * The fuzz command's properties on a small seed-fixed set (npm run fuzz runs ≥ 10 000): whatever the
 * bytes, parseFile answers — loaded with every row accounted for, or rejected with a known reason and a
 * Vietnamese message — within the per-file budget; every normaliser answers within its shape.
 */
const registry = loadRegistry();
let bases: Buffer[] = [];
const PER_FILE_MS = 5_000;

async function holds(spec: FuzzSpec) {
  const result = await runFuzzCase(spec, bases, registry);
  expect(result.problems).toEqual([]);
  expect(["loaded", "rejected", "normalized"]).toContain(result.status);
  expect(result.ms).toBeLessThan(PER_FILE_MS);
  return result;
}

describe("parsers and normalisers under generated input", () => {
  beforeAll(async () => {
    bases = await loadFuzzCorpus();
  }, 60_000);

  test.prop([bytesSpec], { numRuns: 300, seed: 1 })("random bytes, also behind real signatures, are rejected with a reason", async (spec) => {
    expect((await holds(spec)).status).toBe("rejected");
  });

  test.prop([workbookSpec(16)], { numRuns: 200, seed: 2 })("mutated workbooks (cut, flipped, broken XML, parts removed, wrong content types) load whole or are rejected", async (spec) => {
    await holds(spec);
  });

  test.prop([csvSpec], { numRuns: 300, seed: 3 })("random CSV in every encoding and separator, cut or not, under default or tight limits", async (spec) => {
    await holds(spec);
  });

  const FORMAT_REASONS: Record<string, string> = {
    "encrypted-ole2": "encrypted_workbook", "encrypted-zip": "encrypted_workbook", "legacy-xls": "legacy_xls", "html-xls": "html_not_spreadsheet",
    spreadsheetml: "xml_spreadsheet_2003", "csv-as-xlsx": "csv_with_xlsx_extension", docx: "not_a_workbook", ods: "ods_workbook",
    xlsb: "xlsb_workbook", rtf: "not_a_spreadsheet", png: "not_a_spreadsheet", jpeg: "not_a_spreadsheet", gif: "not_a_spreadsheet", pdf: "not_a_spreadsheet",
  };
  test.prop([formatSpec], { numRuns: 150, seed: 4 })("other formats under spreadsheet names are each named for what they are", async (spec) => {
    const result = await holds(spec);
    if (spec.kind !== "format") throw new Error("format case expected");
    expect(result.reasonCode).toBe(FORMAT_REASONS[spec.format]);
  });

  test.prop([bombSpec], { numRuns: 12, seed: 5 })("zip bombs are stopped from the central directory, or by the declared-size cap", async (spec) => {
    const result = await holds(spec);
    expect(["workbook_too_large", "compression_ratio_exceeded", "corrupt_xlsx"]).toContain(result.reasonCode);
  });

  test.prop([cellSpec], { numRuns: 600, seed: 6 })("any cell value through every normaliser", async (spec) => {
    await holds(spec);
  });
});
