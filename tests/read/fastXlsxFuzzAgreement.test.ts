import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import type { FuzzSpec } from "../../bench/fuzz/FuzzSpec.ts";
import { loadFuzzCorpus } from "../../bench/fuzz/loadFuzzCorpus.ts";
import { workbookSpec } from "../../bench/fuzz/workbookSpec.ts";
import { bombSpec } from "../../bench/fuzz/bombSpec.ts";
import { materialize } from "../../bench/fuzz/materialize.ts";
import { readXlsxWithExceljs } from "../../pipeline/read/readXlsxWithExceljs.ts";
import { compareReaders } from "./helpers/compareReaders.ts";
import { applySemanticEdits, semanticEdits } from "./helpers/semanticMutation.ts";
import { addWorksheetExtras, worksheetExtras } from "./helpers/worksheetExtras.ts";
import { buildTemplate } from "../../exports/templates/buildTemplate.ts";
import { fillTemplate } from "../exports/fillTemplate.ts";

/**
 * The combined reader under the fuzz harness' mutations (cut, flipped and overwritten bytes, broken XML,
 * parts removed, far cells, deep nesting, bad shared strings, huge text, zip bombs), under edits that
 * keep the XML well-formed but change what cells mean, and with what real files and capdo's templates
 * carry beside the cells (validations, conditional formats, hyperlinks, protection, defined names): its
 * sheets, or its rejection (reason code and message), are always exceljs'. Seed-fixed and bounded;
 * `npm run fuzz` explores further.
 */
let bases: Buffer[] = [];
let readable: Buffer[] = [];
let templates: Buffer[] = [];

describe("fast reader under fuzzed workbooks", () => {
  beforeAll(async () => {
    bases = await loadFuzzCorpus();
    readable = [];
    for (const data of bases) {
      try {
        await readXlsxWithExceljs(data);
        readable.push(data);
      } catch {
        // a deliberately broken submission: mutations of it are covered by the harness' own cases
      }
    }
    templates = [];
    for (const form of ["BM-01", "BM-02"] as const) {
      const template = Buffer.from(await (await buildTemplate({ form, period: "2024-09" })).xlsx.writeBuffer());
      templates.push(template, await fillTemplate(template, form, { C10: "Hệ thống A", D10: 0, E10: 0, F10: { formula: "1-1", result: 0 }, G10: 1 }));
    }
  }, 120_000);

  it("gives exceljs' result or rejection for 300 mutated workbooks and 12 zip bombs", async () => {
    const specs = [
      ...fc.sample(workbookSpec(bases.length), { numRuns: 300, seed: 41 }),
      ...fc.sample(bombSpec, { numRuns: 12, seed: 43 }),
    ] as Exclude<FuzzSpec, { kind: "cell" }>[];
    let fastReads = 0;
    for (const spec of specs) {
      const file = await materialize(spec, bases);
      const { reference, combined, fast } = await compareReaders(file.data, file.limits);
      expect(combined, JSON.stringify(spec)).toEqual(reference);
      if (fast?.status === "read") {
        fastReads++;
        expect({ sheets: fast.sheets }, JSON.stringify(spec)).toEqual(reference);
      }
    }
    expect(fastReads).toBeGreaterThan(0);
  }, 300_000);

  it("reads 200 semantically edited workbooks as exceljs does, taking the fast path for most", async () => {
    expect(readable.length).toBeGreaterThan(5);
    const cases = fc.sample(fc.tuple(fc.nat(), semanticEdits), { numRuns: 200, seed: 42 });
    let fastReads = 0;
    for (const [base, edits] of cases) {
      const data = applySemanticEdits(readable[base % readable.length]!, edits);
      const { reference, combined, fast } = await compareReaders(data);
      expect(combined, JSON.stringify(edits)).toEqual(reference);
      if (fast?.status === "read") {
        fastReads++;
        expect({ sheets: fast.sheets }, JSON.stringify(edits)).toEqual(reference);
      }
    }
    expect(fastReads / cases.length).toBeGreaterThan(0.6);
  }, 300_000);

  it("reads 200 workbooks carrying validations, conditional formats, hyperlinks, protection and defined names as exceljs does, taking the fast path for most it reads", async () => {
    const withExtras = [...readable, ...templates];
    const cases = fc.sample(fc.tuple(fc.nat(), worksheetExtras, fc.array(semanticEdits, { maxLength: 1 })), { numRuns: 200, seed: 44 });
    let fastReads = 0;
    let readByExceljs = 0;
    let links = 0;
    for (const [base, extras, edits] of cases) {
      const data = addWorksheetExtras(applySemanticEdits(withExtras[base % withExtras.length]!, edits.flat()), extras);
      const { reference, combined, fast } = await compareReaders(data);
      expect(combined, JSON.stringify({ extras, edits })).toEqual(reference);
      if ("sheets" in reference) readByExceljs++;
      if (fast?.status === "read") {
        fastReads++;
        expect({ sheets: fast.sheets }, JSON.stringify({ extras, edits })).toEqual(reference);
        if (extras.some((e) => e.kind === "hyperlink" && e.link === "web")) links++;
      }
    }
    // Many extras are drawn in a shape exceljs throws on; of the workbooks it reads, the fast reader takes most.
    expect(fastReads / readByExceljs).toBeGreaterThan(0.7);
    expect(links).toBeGreaterThan(10);
  }, 300_000);
});
