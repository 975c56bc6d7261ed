import fc from "fast-check";
import type { FuzzSpec, Mutation, PartEdit } from "./FuzzSpec.ts";

const EDITS: PartEdit[] = ["truncate-xml", "drop-close-tags", "garbage", "empty", "remove", "wrong-content-type", "unescaped-lt", "far-cell", "deep-nesting", "bad-shared-string", "huge-text"];
// Uniform positions: fast-check biases numbers towards 0, which would cut most files to nothing.
const fraction = fc.noBias(fc.integer({ min: 1, max: 9999 })).map((n) => n / 10_000);
const smallBytes = fc.uint8Array({ minLength: 1, maxLength: 64 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("truncate" as const), at: fraction }),
  fc.record({ op: fc.constant("flip" as const), at: fraction, xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ op: fc.constant("overwrite" as const), at: fraction, bytes: smallBytes }),
  fc.record({ op: fc.constant("insert" as const), at: fraction, bytes: smallBytes }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant("part" as const), part: fraction, edit: fc.constantFrom(...EDITS), at: fraction }) },
);

/** A valid submission of the corpus with 1–3 mutations: cut, flipped, overwritten bytes, or a part broken or removed. */
export const workbookSpec = (bases: number): fc.Arbitrary<FuzzSpec> => fc.record({
  kind: fc.constant("workbook" as const),
  name: fc.constantFrom("BaoCao.xlsx", "BM01.xlsx", "TongHop.xls"),
  base: fc.nat({ max: Math.max(0, bases - 1) }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
});
