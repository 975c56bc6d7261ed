import type { AgencyGroup } from "./AgencyGroup.ts";

/**
 * One reporting agency of the reference lists. Months are "YYYY-MM"; a null bound means
 * "always" (from) or "still exists" (to). Bounds are inclusive.
 */
export interface Agency {
  /** Registry code ("T51", "N51", "BTTTT"), used everywhere as agency_code; never changes meaning. */
  code: string;
  group: AgencyGroup;
  /** Ministries' kind column (bo, co_quan_ngang_bo, co_quan_thuoc_cp); "tinh" for provinces. */
  kind: string;
  validFrom: string | null;
  validTo: string | null;
  /** Official names, oldest first, with the months each applies. */
  names: { name: string; from: string | null; to: string | null }[];
  /** Provinces' official two-digit codes ("51"), with the months each applies; empty for ministries. */
  officialCodes: { code: string; from: string | null; to: string | null }[];
  /** Code of the agency it merged into, from the 2024 lists. */
  successor: string | null;
  /** Codes it was formed from, verbatim from the 2025 lists (may include its own code: BTC, BQP, BNV). */
  predecessors: string[];
}
