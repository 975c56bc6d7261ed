import { describe, expect, it } from "vitest";
import { parseWorkerCount } from "../../pipeline/ingest/parseWorkerCount.ts";

describe("parseWorkerCount", () => {
  it("parses in the main thread on two CPUs or fewer, else one worker per CPU beyond two, at most four", () => {
    expect([1, 2, 3, 4, 8, 64].map((cpus) => parseWorkerCount({}, cpus))).toEqual([0, 0, 2, 3, 4, 4]);
  });

  it("follows CAPDO_PARSE_WORKERS and refuses a value that is not a small whole number", () => {
    expect(parseWorkerCount({ CAPDO_PARSE_WORKERS: "2" }, 2)).toBe(2);
    expect(parseWorkerCount({ CAPDO_PARSE_WORKERS: "0" }, 16)).toBe(0);
    expect(() => parseWorkerCount({ CAPDO_PARSE_WORKERS: "hai" }, 2)).toThrow(/CAPDO_PARSE_WORKERS/);
    expect(() => parseWorkerCount({ CAPDO_PARSE_WORKERS: "-1" }, 2)).toThrow(/CAPDO_PARSE_WORKERS/);
  });
});
