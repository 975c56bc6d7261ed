import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTemp, sha256, synthInTemp, walk } from "./support.ts";

function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(walk(dir).map((f) => [f, sha256(join(dir, f))]));
}

describe("synth determinism", () => {
  afterAll(cleanupTemp);
  it("gives byte-identical submissions and answer key for the same seed", async () => {
    const a = await synthInTemp();
    const b = await synthInTemp();
    const fa = { sources: fingerprint(a.sourcesDir), expected: fingerprint(a.expectedDir) };
    const fb = { sources: fingerprint(b.sourcesDir), expected: fingerprint(b.expectedDir) };
    expect(Object.keys(fa.sources).length).toBeGreaterThan(60);
    expect(fb).toEqual(fa);
  });

  it("gives byte-identical output across the 2025 reorganisation too", async () => {
    const opts = { agencies: 40, months: 6, start: "2025-02" };
    const a = await synthInTemp(opts);
    const b = await synthInTemp(opts);
    expect(fingerprint(b.sourcesDir)).toEqual(fingerprint(a.sourcesDir));
    expect(fingerprint(b.expectedDir)).toEqual(fingerprint(a.expectedDir));
  });

  it("changes with the seed", async () => {
    const a = await synthInTemp({ seed: 1, agencies: 8, months: 2 });
    const b = await synthInTemp({ seed: 2, agencies: 8, months: 2 });
    expect(fingerprint(b.expectedDir)).not.toEqual(fingerprint(a.expectedDir));
  });
});
