import fc from "fast-check";
import type { FuzzSpec } from "./FuzzSpec.ts";
import { cellValue } from "./cellValue.ts";

/** A cell value with, sometimes, the number format it was shown in (percent cells). */
export const cellSpec: fc.Arbitrary<FuzzSpec> = fc.record({
  kind: fc.constant("cell" as const),
  value: cellValue,
  numFmt: fc.option(fc.constantFrom("0%", "0.0%", "General", "dd/mm/yyyy", "@"), { nil: undefined }),
});
