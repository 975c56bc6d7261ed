import { describe, expect, it } from "vitest";
import { limitConcurrency } from "../../pipeline/util/limitConcurrency.ts";

describe("limitConcurrency", () => {
  it("never runs more than the limit at once, runs every call, and passes results and failures through", async () => {
    let running = 0;
    let most = 0;
    const work = limitConcurrency(3, async (n: number) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n % 4));
      running--;
      if (n === 7) throw new Error("seven");
      return n * 2;
    });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => work(n)));
    expect(most).toBe(3);
    expect(results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<number>).value)).toEqual(
      Array.from({ length: 20 }, (_, n) => n * 2).filter((v) => v !== 14));
    expect(results[7]).toMatchObject({ status: "rejected", reason: new Error("seven") });
  });
});
