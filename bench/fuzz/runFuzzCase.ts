import { performance } from "node:perf_hooks";
import type { AgencyRegistry } from "../../pipeline/registry/index.ts";
import { parseFile } from "../../pipeline/ingest/parseFile.ts";
import type { FileOutcome } from "../../pipeline/ingest/records.ts";
import type { FuzzSpec } from "./FuzzSpec.ts";
import type { FuzzResult } from "./FuzzResult.ts";
import { materialize } from "./materialize.ts";
import { checkFileOutcome } from "./checkFileOutcome.ts";
import { checkNormalizers } from "./checkNormalizers.ts";
import { caseCategory } from "./caseCategory.ts";

const DATA_PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/|sharedStrings\.xml|styles\.xml)/i;
const baseOutcomes = new Map<string, Promise<FileOutcome>>();

function baseOutcome(index: number, name: string, bases: Buffer[], registry: AgencyRegistry): Promise<FileOutcome> {
  const key = `${index}\u0000${name}`;
  if (!baseOutcomes.has(key)) baseOutcomes.set(key, parseFile(name, bases[index]!, registry));
  return baseOutcomes.get(key)!;
}

/** Runs one case: a file through parseFile (sniffing, limits, readers, forms), or a cell value through every normaliser. */
export async function runFuzzCase(spec: FuzzSpec, bases: Buffer[], registry: AgencyRegistry): Promise<FuzzResult> {
  const result: FuzzResult = { category: caseCategory(spec), status: "crash", reasonCode: null, message: null, cellMessages: [], problems: [], ms: 0, bytes: 0 };
  const start = performance.now();
  try {
    if (spec.kind === "cell") {
      const { problems, messages } = checkNormalizers(spec.value, spec.numFmt);
      Object.assign(result, { status: "normalized", problems, cellMessages: messages });
    } else {
      const file = await materialize(spec, bases);
      result.bytes = file.data.length;
      const parsedAt = performance.now();
      const outcome = await parseFile(file.name, file.data, registry, file.limits);
      result.ms = performance.now() - parsedAt;
      // Parts that hold no figures (theme, document properties, content types) may break, never change a figure.
      if (spec.kind === "workbook" && outcome.status === "loaded" && file.touchedParts && file.touchedParts.every((p) => !DATA_PARTS.test(p))) {
        const base = await baseOutcome(spec.base % bases.length, file.name, bases, registry);
        if (JSON.stringify(outcome) !== JSON.stringify(base)) result.problems.push(`sửa phần không chứa số liệu (${file.touchedParts.join(", ")}) làm đổi kết quả đọc`);
      }
      result.status = outcome.status;
      result.problems = checkFileOutcome(outcome);
      if (outcome.status === "rejected") Object.assign(result, { reasonCode: outcome.reasonCode, message: outcome.message });
      return result;
    }
  } catch (error) {
    result.status = "crash";
    result.problems.push(`ngoại lệ: ${error instanceof Error ? `${error.message}\n${error.stack?.split("\n").slice(1, 4).join("\n")}` : String(error)}`);
  }
  result.ms = performance.now() - start;
  return result;
}
