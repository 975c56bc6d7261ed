import fc from "fast-check";
import type { FuzzSpec } from "./FuzzSpec.ts";
import { csvTable } from "./csvTable.ts";

// Uniform positions: fast-check biases numbers towards 0, which would cut most files to nothing.
const fraction = fc.noBias(fc.integer({ min: 1, max: 9999 })).map((n) => n / 10_000);

/** A CSV table (form headers, Vietnamese and hostile cell text) in one of the encodings and separators agencies use. */
export const csvSpec: fc.Arbitrary<FuzzSpec> = fc.record({
  kind: fc.constant("csv" as const),
  name: fc.constantFrom("BM01.csv", "TongHop.csv", "Unicode.txt", "BaoCao.tsv"),
  table: csvTable,
  encoding: fc.constantFrom("utf-8", "utf-8-bom", "utf-16le-bom", "utf-16le", "utf-16be-bom", "utf-16be", "windows-1258"),
  separator: fc.constantFrom(",", ";", "\t"),
  eol: fc.constantFrom("\r\n", "\n", "\r"),
  truncate: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, fraction),
  limits: fc.oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    fc.record({ max_rows_per_sheet: fc.constant(100), max_cells_per_row: fc.constantFrom(20, 25) }),
  ),
});
