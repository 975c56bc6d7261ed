import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../pipeline/synth/generate.ts";
import { cleanupTemp, tempDir, walk } from "./support.ts";

const small = { seed: 7, agencies: 6, months: 1, start: "2024-07" };

describe("synth output folders", () => {
  afterAll(cleanupTemp);
  it("refuses a non-empty folder it did not create, and leaves it alone", async () => {
    const base = tempDir();
    const out = join(base, "mine");
    mkdirSync(out);
    writeFileSync(join(out, "important.xlsx"), "keep me");
    await expect(generate({ ...small, out })).rejects.toThrow(/không trống/);
    expect(readFileSync(join(out, "important.xlsx"), "utf8")).toBe("keep me");
    expect(walk(out)).toEqual(["important.xlsx"]);
    expect(existsSync(`${out}-expected`)).toBe(false);
  });

  it("also refuses when only the -expected folder is foreign", async () => {
    const base = tempDir();
    const out = join(base, "src");
    mkdirSync(`${out}-expected`);
    writeFileSync(join(`${out}-expected`, "notes.txt"), "keep");
    await expect(generate({ ...small, out })).rejects.toThrow(/không trống/);
    expect(existsSync(out)).toBe(false);
  });

  it("wipes its own folders (marked .capdo-synth) before writing again", async () => {
    const base = tempDir();
    const out = join(base, "src");
    await generate({ ...small, out });
    writeFileSync(join(out, "stray.xlsx"), "old");
    const again = await generate({ ...small, out });
    expect(walk(out)).not.toContain("stray.xlsx");
    expect(walk(out)).toContain(".capdo-synth");
    expect(walk(again.expectedDir)).toContain("agency_period.csv");
  });
});
