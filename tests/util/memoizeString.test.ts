import { describe, expect, it } from "vitest";
import { memoizeString } from "../../pipeline/util/memoizeString.ts";

describe("memoizeString", () => {
  it("returns what the function returns, working each distinct string out once", () => {
    const seen: string[] = [];
    const upper = memoizeString((s) => (seen.push(s), s.toUpperCase()));
    expect(["a", "b", "a", "a", "b"].map(upper)).toEqual(["A", "B", "A", "A", "B"]);
    expect(seen).toEqual(["a", "b"]);
  });

  it("remembers an undefined result too", () => {
    let calls = 0;
    const nothing = memoizeString((): string | undefined => (calls++, undefined));
    expect([nothing("x"), nothing("x"), nothing("x")]).toEqual([undefined, undefined, undefined]);
    expect(calls).toBe(1);
  });

  it("starts afresh beyond its limit and still answers correctly", () => {
    const seen: string[] = [];
    const length = memoizeString((s) => (seen.push(s), s.length), 2);
    expect(["a", "bb", "ccc", "a", "ccc"].map(length)).toEqual([1, 2, 3, 1, 3]);
    // "ccc" cleared the two remembered strings, so "a" was worked out again; "ccc" was kept.
    expect(seen).toEqual(["a", "bb", "ccc", "a"]);
  });
});
