import fc from "fast-check";
import type { FuzzSpec } from "./FuzzSpec.ts";
import { bytesSpec } from "./bytesSpec.ts";
import { workbookSpec } from "./workbookSpec.ts";
import { csvSpec } from "./csvSpec.ts";
import { formatSpec } from "./formatSpec.ts";
import { bombSpec } from "./bombSpec.ts";
import { cellSpec } from "./cellSpec.ts";

/** Every kind of case in the proportions the fuzz command runs them. */
export function anyFuzzSpec(bases: number): fc.Arbitrary<FuzzSpec> {
  return fc.oneof(
    { weight: 20, arbitrary: bytesSpec },
    { weight: 30, arbitrary: workbookSpec(bases) },
    { weight: 25, arbitrary: csvSpec },
    { weight: 8, arbitrary: formatSpec },
    { weight: 2, arbitrary: bombSpec },
    { weight: 15, arbitrary: cellSpec },
  );
}
