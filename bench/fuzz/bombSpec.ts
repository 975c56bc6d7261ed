import fc from "fast-check";
import type { FuzzSpec } from "./FuzzSpec.ts";

/** Zip bombs: a part compressed far beyond the ratio limit, a workbook over the size limit, a directory that lies. */
export const bombSpec: fc.Arbitrary<FuzzSpec> = fc.record({
  kind: fc.constant("bomb" as const),
  name: fc.constant("BaoCao.xlsx"),
  variant: fc.constantFrom("ratio", "total", "lying", "many-parts"),
  megabytes: fc.integer({ min: 2, max: 8 }),
});
