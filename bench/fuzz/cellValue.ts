import fc from "fast-check";
import type { RawValue } from "../../pipeline/read/RawValue.ts";
import { cellText } from "./cellText.ts";

/** Any value a reader can hand the normalisers: text, numbers (also NaN, ±∞, −0, huge), dates (also invalid), booleans, blanks. */
export const cellValue: fc.Arbitrary<RawValue> = fc.oneof(
  { weight: 6, arbitrary: cellText },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 100_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, 5e-324, 2024.08, 8.2024, 45_500.5, 60) },
  { weight: 1, arbitrary: fc.date() },
  { weight: 1, arbitrary: fc.constant(new Date(Number.NaN)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);
