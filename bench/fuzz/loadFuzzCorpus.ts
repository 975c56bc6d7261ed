import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../../pipeline/synth/generate.ts";

/**
 * The valid workbooks that mutations start from: the synthetic generator's messy submissions
 * (merged cells, header blocks, TCVN3/VNI fonts, formulas, hidden sheets), same seed, same bytes.
 */
export async function loadFuzzCorpus(seed = 20240701): Promise<Buffer[]> {
  const dir = mkdtempSync(join(tmpdir(), "capdo-fuzz-corpus-"));
  try {
    await generate({ out: join(dir, "sources"), seed, agencies: 10, months: 2, start: "2025-05" });
    const files = readdirSync(join(dir, "sources"), { recursive: true }).map(String).sort().filter((f) => statSync(join(dir, "sources", f)).isFile());
    return files
      .map((f) => readFileSync(join(dir, "sources", f), { flag: "r" }))
      .filter((data) => data.length > 4 && data.readUInt32LE(0) === 0x04034b50);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
