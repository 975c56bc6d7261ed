import type { Bm01Row, RowRejectReason } from "./types.ts";

/**
 * Whether a BM-01 row counts, by the contract's rules: it needs a system name
 * (non-blank after trimming) and a level 1–5. No name is reported before no
 * level. Returns null for a counted row, else the reason it is set aside.
 */
export function rowVerdict(row: Bm01Row): RowRejectReason | null {
  if (row.name === null || row.name.trim() === "") return "missing system name";
  if (row.level.kind === "blank") return "missing level";
  if (row.level.kind === "invalid" || row.level.n < 1 || row.level.n > 5) return "invalid level";
  return null;
}
