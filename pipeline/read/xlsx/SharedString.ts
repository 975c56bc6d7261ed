import type { RichRun } from "./RichRun.ts";

/** An item of xl/sharedStrings.xml: plain text, or rich text as its runs. */
export type SharedString = string | RichRun[];
