import type { ReadLimits } from "../../pipeline/read/ReadLimits.ts";

/** A generated file, ready for parseFile. */
export interface FuzzFile {
  name: string;
  data: Buffer;
  limits: ReadLimits;
  /** For a mutated workbook: the parts edited, or null when bytes of the zip itself were changed. */
  touchedParts?: string[] | null;
}
