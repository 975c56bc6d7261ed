import { describe, expect, it } from "vitest";
import { runKillTest } from "../../bench/killtest/runKillTest.ts";

/** A small, seed-fixed `npm run killtest`: capdo run killed with SIGKILL at chosen points leaves the previous warehouse whole. */
describe("kill -9 during capdo run", () => {
  it("never leaves a corrupted or mixed warehouse, or provenance pointing nowhere; the next run recovers", { timeout: 240_000 }, async () => {
    const result = await runKillTest({ runs: 4, seed: 20241101, agencies: 4 });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ corrupted: 0, provenanceBroken: 0, refusedOrFailed: 0, finalRunOk: true });
    expect(result.kills).toBeGreaterThan(0);
    expect(result.previousKept + result.newPublished).toBe(4);
  });
});
