import type { Rng } from "./Rng.ts";
import type { FilePlan } from "./types.ts";

export type StyleKind = "bm01-xlsx" | "bm01-csv" | "bm02-xlsx" | "bm02-csv";

const PROBS: Record<StyleKind, [string, number][]> = {
  "bm01-xlsx": [
    ["title", 0.45],
    ["merged-labels", 0.2],
    ["two-row-header", 0.12],
    ["header-variants", 0.5],
    ["reordered", 0.3],
    ["extra-column", 0.25],
    ["header-linebreak", 0.15],
    ["blank-rows", 0.2],
    ["totals", 0.35],
    ["notes", 0.4],
    ["hidden-stale", 0.1],
    ["guide-sheet", 0.15],
    ["lookup-sheet", 0.05],
    ["stt-formula", 0.15],
    ["level-formula", 0.1],
    ["numbers-as-text", 0.3],
    ["level-variants", 0.3],
    ["status-synonyms", 0.35],
    ["status-case", 0.25],
    ["nfd", 0.1],
    ["hidden-row", 0.05],
    ["code-in-block", 0.15],
  ],
  "bm01-csv": [
    ["title", 0.1],
    ["header-variants", 0.5],
    ["reordered", 0.3],
    ["extra-column", 0.2],
    ["header-linebreak", 0.1],
    ["blank-rows", 0.15],
    ["totals", 0.15],
    ["notes", 0.15],
    ["level-variants", 0.35],
    ["status-synonyms", 0.35],
    ["status-case", 0.25],
    ["nfd", 0.15],
    ["code-in-block", 0.15],
  ],
  "bm02-xlsx": [
    ["title", 0.5],
    ["merged-labels", 0.15],
    ["header-variants", 0.5],
    ["reordered", 0.15],
    ["numbers-as-text", 0.3],
    ["level-columns", 0.3],
    ["stt-formula", 0.3],
    ["code-column", 0.2],
    ["notes", 0.5],
    ["nfd", 0.05],
  ],
  "bm02-csv": [
    ["header-variants", 0.5],
    ["level-columns", 0.2],
    ["code-column", 0.2],
  ],
};

const XLSX_DATES: [string, number][] = [
  ["cell", 0.2],
  ["serial", 0.1],
  ["dd/mm/yyyy", 0.35],
  ["d/m/yyyy", 0.1],
  ["dd-mm-yyyy", 0.1],
  ["d-m-yyyy", 0.05],
  ["iso", 0.1],
];
const TEXT_DATES: [string, number][] = [
  ["dd/mm/yyyy", 0.45],
  ["d/m/yyyy", 0.15],
  ["dd-mm-yyyy", 0.15],
  ["d-m-yyyy", 0.1],
  ["iso", 0.15],
];

/** Random style features of a file, and forcing a feature onto a file. */
export const styleFlags = {
  choose(kind: StyleKind, rng: Rng): Set<string> {
    const flags = new Set<string>();
    for (const [f, p] of PROBS[kind]) if (rng.chance(p)) flags.add(f);
    if (flags.has("title") && rng.chance(0.6)) flags.add("title-full");
    flags.add(`date:${rng.weighted(kind.endsWith("xlsx") ? XLSX_DATES : TEXT_DATES)}`);
    return flags;
  },

  /** Every feature a kind of file can have (the coverage the generator guarantees). */
  all(kind: StyleKind): string[] {
    const out = PROBS[kind].map(([f]) => f);
    if (out.includes("title")) out.push("title-full");
    for (const [d] of kind.endsWith("xlsx") ? XLSX_DATES : TEXT_DATES) out.push(`date:${d}`);
    return out;
  },

  force(plan: FilePlan, flag: string): void {
    if (flag.startsWith("date:")) for (const f of [...plan.flags]) if (f.startsWith("date:")) plan.flags.delete(f);
    plan.flags.add(flag);
    if (flag === "title-full") plan.flags.add("title");
  },
};
